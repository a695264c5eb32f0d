#!/bin/sh
# html.sh RESIDENCY — the HTML report (docs/reports.md#html) as a reader gets it.
#
# Without a browser: the page is one self-contained file whose
# Content-Security-Policy allows only its own style sheet and script (their
# SHA-256 must match the CSP, or the browser would refuse them), nothing in
# it points outside the page, text from the plan is escaped, the bytes
# are the same from run to run, and the verdict colours stay apart for
# colour-blind readers and in grey scale (tests/html/palette.py).
#
# In headless Chromium (tests/html/browse.py; the Debian package chromium,
# installed when missing if this runs as root with apt-get, else these
# checks are skipped with a message): the page loads, the map's countries,
# arcs and markers and the table's rows are there, the filters and the
# hover highlighting work, a screenshot is taken, and no request leaves the
# page.  Ends with "N passed, N failed".
set -u
bin=${1:-build/residency}
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { passed=$((passed + 1)); }
ko() { echo "FAIL: $*"; failed=$((failed + 1)); }

# report NAME ARGS...: write $tmp/NAME.html
report() {
	name=$1
	shift
	"$bin" check -f html -o "$tmp/$name.html" "$@" 2>"$tmp/err"
	rc=$?
	if [ $rc -le 1 ] && [ -s "$tmp/$name.html" ]; then ok; else ko "$name: exit status $rc"; cat "$tmp/err"; fi
}
report acme -p examples/acme.rpl examples/plan.yaml
report map tests/plans/html-map.yaml
report two -p examples/acme.rpl examples/plan.yaml tests/plans/html-map.yaml

# the same bytes again (also through stdout)
"$bin" check -f html tests/plans/html-map.yaml >"$tmp/map2.html" 2>/dev/null
if cmp -s "$tmp/map.html" "$tmp/map2.html"; then ok; else ko "map: output differs between two runs"; fi

for name in acme map two; do
	if python3 - "$tmp/$name.html" <<'PY'
import base64, hashlib, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
def fail(msg):
    print("FAIL: %s: %s" % (sys.argv[1].rsplit("/", 1)[-1], msg))
    sys.exit(1)
m = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page)
if not m or page.index(m.group(0)) > page.index("<title>"):
    fail("no Content-Security-Policy before anything else")
csp = dict((d.split(" ", 1) + [""])[:2] for d in m.group(1).split("; "))
if csp.get("default-src") != "'none'":
    fail("the CSP does not forbid everything by default: %r" % csp)
for tag, directive in (("style", "style-src"), ("script", "script-src")):
    bodies = re.findall(r"<%s>(.*?)</%s>" % (tag, tag), page, re.S)
    if len(bodies) != 1:
        fail("%d <%s> elements" % (len(bodies), tag))
    want = "'sha256-%s'" % base64.b64encode(hashlib.sha256(bodies[0].encode()).digest()).decode()
    if csp.get(directive) != want:
        fail("%s is %r, the %s's hash is %s" % (directive, csp.get(directive), tag, want))
# nothing that would load: no external reference of any kind
for bad in (r"\bsrc=", r"\bhref=", r"<link\b", r"<iframe\b", r"<img\b", r"@import", r"url\((?!#)",
            r"https?://"):
    if re.search(bad, page):
        fail("points outside the page: %s" % bad)
if page.count("<script") != 1 or "alert(1)</script>" in page:
    fail("text from the plan is not escaped")
PY
	then ok; else failed=$((failed + 1)); fi
done
if grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$tmp/map.html"; then ok; else ko "map: the waiver's text is missing or not escaped"; fi

# the verdict colours: apart for colour-blind readers and in grey scale
python3 tests/html/palette.py "$tmp/acme.html" >"$tmp/palette"
passed=$((passed + $(grep -c '^ok: ' "$tmp/palette")))
failed=$((failed + $(grep -c '^FAIL: ' "$tmp/palette")))
grep '^FAIL: ' "$tmp/palette"

# ------------------------------------------------------------ in a browser
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
	sh scripts/ensure-deps.sh --extra chromium >/dev/null 2>&1
	chromium=$(command -v chromium || true)
fi
if [ -z "$chromium" ]; then
	echo "skip: chromium not installed (the browser checks of the HTML report)"
else
	# browse NAME EXPECT...: load the page, count its parts, screenshot it
	browse() {
		name=$1
		shift
		python3 tests/html/browse.py "$chromium" "$tmp/$name.html" "$tmp/$name.png" "$@" >"$tmp/browse" 2>&1
		grep -v '^ok: \|^load: \|^cpu: ' "$tmp/browse" | sed "s/^/$name: /"
		passed=$((passed + $(grep -c '^ok: ' "$tmp/browse")))
		failed=$((failed + $(grep -c '^FAIL: ' "$tmp/browse")))
		# anything else (a traceback): one more failure
		if grep -q -v '^ok: \|^FAIL: \|^load: \|^cpu: ' "$tmp/browse"; then failed=$((failed + 1)); fi
	}
	browse acme countries=6 arcs=5 marks=6 rows=4 plans=1
	browse map countries=8 arcs=9 marks=8 rows=4 plans=1
	browse two plans=2 rows=9 countries=14
fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
