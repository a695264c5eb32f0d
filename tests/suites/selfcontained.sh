#!/bin/sh
# selfcontained.sh RESIDENCY — the repository needs nothing beside it.
#
#  1. Docs: README.md, docs/, the man pages, examples/ and grammar/editors/
#     name no file outside the repository (the sibling shared folder, the specification's
#     TOOL.md / LANGUAGE.md / STDLIB.md, guides) and every relative Markdown
#     link resolves to a file of the repository (and a #anchor to a heading).
#  2. Build anywhere: scripts/ensure-deps.sh installs nothing when pkg-config
#     and the compiler find the libraries; with --none (make DEPS=none) it
#     never installs; without apt-get it names the packages to install.
#  3. Install: the .pc file follows PREFIX, LIBDIR and INCDIR from one
#     install to the next; the installed man page's FILES section names the
#     installed data directory.
#  4. A fresh clone: the committed HEAD cloned into an empty temporary
#     directory (no sibling folders) builds with DEPS=none and passes the
#     golden cases and the standard library's tests there.
#     RESIDENCY_SKIP_CLONE=1 skips it (e.g. while iterating).
#
# Ends with "N passed, N failed".
set -u
bin=${1:-build/residency}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
top=$(pwd)
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok() { passed=$((passed + 1)); }
ko() { echo "FAIL: $*"; failed=$((failed + 1)); }
skip() { echo "skip: $*"; }

# {======================================================= 1. docs

docs=$(find README.md docs examples grammar/editors -type f \
	\( -name '*.md' -o -name '*.1' -o -name '*.5' -o -name '*.yml' -o -name '*.yaml' \) 2>/dev/null | LC_ALL=C sort)
for d in $docs; do
	hits=$(grep -n -e '\.\./shared' -e '/work/' -e 'TOOL\.md' -e 'LANGUAGE\.md' -e 'STDLIB\.md' \
		-e 'STYLE\.md' -e 'LOADERS\.md' "$d")
	if [ -z "$hits" ]; then ok; else ko "$d names files outside the repository:"; echo "$hits" | sed 's/^/    /'; fi
done
for d in $(printf '%s\n' $docs | grep '\.md$'); do
	dir=$(dirname "$d")
	# [text](target) outside code: no scheme, no mailto
	links=$(awk '/^```/ { c = !c; next } !c' "$d" | grep -o '\]([^) ]*)' | sed 's/^](//; s/)$//' |
		grep -v -e '^[a-z][a-z]*:' -e '^$' | LC_ALL=C sort -u)
	for l in $links; do
		path=${l%%#*}
		anchor=
		case $l in *'#'*) anchor=${l#*#} ;; esac
		if [ -z "$path" ]; then target=$d; else target=$dir/$path; fi
		if [ ! -e "$target" ]; then
			ko "$d: link '$l' does not resolve in the repository"
			continue
		fi
		if [ -n "$anchor" ] && [ -f "$target" ] && [ "${target##*.}" = md ]; then
			# GitHub's anchors: lower case, punctuation dropped, spaces → -
			if awk '/^```/ { c = !c; next } !c && /^#+ /' "$target" | sed 's/^#* //' |
				tr 'A-Z' 'a-z' | sed 's/[^a-z0-9 _-]//g; s/ /-/g' | grep -qx -- "$anchor"; then
				ok
			else
				ko "$d: link '$l': no heading '#$anchor' in $target"
			fi
		else
			ok
		fi
	done
done

# }=======================================================

# {======================================================= 2. ensure-deps

# a PATH with only the tools the script uses, plus fakes that log their calls
fake=$tmp/fake
mkdir -p "$fake"
for t in sh cc gcc flex bison mktemp rm printf sed grep id cat sleep ld as dirname; do
	p=$(command -v "$t" 2>/dev/null) && ln -s "$p" "$fake/$t"
done
real_pc=$(command -v pkg-config)
cat >"$fake/pkg-config" <<EOF
#!/bin/sh
# pkg-config, but the modules of \$NOPC are missing
if [ "\$1" = --exists ]; then
	for m in \${NOPC:-}; do [ "\$2" = "\$m" ] && exit 1; done
fi
exec "$real_pc" "\$@"
EOF
printf '#!/bin/sh\necho "apt-get $*" >>"%s/calls"\n' "$tmp" >"$fake/apt-get"
printf '#!/bin/sh\necho "sudo $*" >>"%s/calls"\n"$@"\n' "$tmp" >"$fake/sudo"
printf '#!/bin/sh\nexit 1\n' >"$fake/dpkg-query"
chmod +x "$fake/pkg-config" "$fake/apt-get" "$fake/sudo" "$fake/dpkg-query"
deps() {	# deps ARGS: run ensure-deps.sh on the fake PATH; output in $tmp/out
	rm -f "$tmp/calls"
	PATH=$fake NOPC=${NOPC:-} CC=cc "$fake/sh" scripts/ensure-deps.sh "$@" >"$tmp/out" 2>&1
}
touch "$tmp/calls"
if deps && [ ! -s "$tmp/out" ] && [ ! -e "$tmp/calls" ]; then ok; else
	ko "ensure-deps.sh with every library present printed or installed something:"; cat "$tmp/out"; fi
NOPC=cmocka
export NOPC
if deps --none; then ko "ensure-deps.sh --none passed with cmocka missing"; else
	if [ ! -e "$tmp/calls" ] && grep -q 'libcmocka-dev' "$tmp/out"; then ok; else
		ko "ensure-deps.sh --none installed something or did not name libcmocka-dev:"; cat "$tmp/out"; fi
fi
if deps && grep -q 'apt-get install.*libcmocka-dev' "$tmp/calls" 2>/dev/null; then ok; else
	ko "ensure-deps.sh did not install the missing libcmocka-dev with apt-get:"; cat "$tmp/out"; fi
rm -f "$fake/apt-get"
if deps; then ko "ensure-deps.sh passed with cmocka missing and no apt-get"; else
	if grep -q 'not a Debian system' "$tmp/out" && grep -q 'libcmocka-dev' "$tmp/out"; then ok; else
		ko "ensure-deps.sh without apt-get does not name the packages:"; cat "$tmp/out"; fi
fi
unset NOPC

# }=======================================================

# {======================================================= 3. install paths

inst() {	# inst DEST MAKE-ARGS...
	d=$1
	shift
	MAKEFLAGS= MAKELEVEL= make -s install DESTDIR="$d" SANITIZE= DEPS=none "$@" >"$tmp/out" 2>&1 ||
		{ ko "make install $* failed:"; cat "$tmp/out"; }
}
inst "$tmp/i1" PREFIX=/opt/one
inst "$tmp/i2" PREFIX=/opt/two LIBDIR=/opt/two/lib64 INCDIR=/opt/two/inc
pc1=$tmp/i1/opt/one/lib/pkgconfig/residency.pc
pc2=$tmp/i2/opt/two/lib64/pkgconfig/residency.pc
if grep -qx 'prefix=/opt/one' "$pc1" 2>/dev/null; then ok; else ko "residency.pc of PREFIX=/opt/one: $(head -n 1 "$pc1" 2>&1)"; fi
if grep -qx 'prefix=/opt/two' "$pc2" 2>/dev/null && grep -qx 'libdir=/opt/two/lib64' "$pc2" &&
   grep -qx 'includedir=/opt/two/inc' "$pc2"; then ok; else
	ko "residency.pc was not regenerated for PREFIX=/opt/two LIBDIR=... INCDIR=...:"; head -n 3 "$pc2" 2>&1; fi
man=$tmp/i2/opt/two/share/man/man1/residency.1
if grep -q '^\.I /opt/two/share/residency/policies/' "$man" 2>/dev/null; then ok; else
	ko "the installed residency(1) FILES section does not name /opt/two/share/residency/policies/"; fi
# the build's own .pc is left for the default prefix again
MAKEFLAGS= MAKELEVEL= make -s build/residency.pc DEPS=none SANITIZE= >/dev/null 2>&1

# }=======================================================

# {======================================================= 4. a fresh clone

if [ "${RESIDENCY_SKIP_CLONE:-}" = 1 ]; then
	skip "fresh clone (RESIDENCY_SKIP_CLONE=1)"
elif ! command -v git >/dev/null 2>&1 || ! git -C "$top" rev-parse --verify -q HEAD >/dev/null 2>&1; then
	skip "fresh clone (not a git checkout)"
else
	mkdir -p "$tmp/alone"
	if git clone -q "$top" "$tmp/alone/residency" 2>"$tmp/err"; then
		ok
		c=$tmp/alone/residency
		if (cd "$c" && MAKEFLAGS= MAKELEVEL= make -s -j2 DEPS=none SANITIZE= OPT=-O0 build/residency) >"$tmp/out" 2>&1; then
			ok
			if (cd "$c" && sh tests/e2e/run.sh build/residency) >"$tmp/out" 2>&1; then ok; else
				ko "the golden cases fail in a fresh clone:"; tail -n 30 "$tmp/out"; fi
			if (cd "$c" && build/residency test policies/) >"$tmp/out" 2>&1; then ok; else
				ko "the library's tests fail in a fresh clone:"; tail -n 10 "$tmp/out"; fi
			if (cd "$c" && build/residency test examples/) >"$tmp/out" 2>&1; then ok; else
				ko "the examples' tests fail in a fresh clone:"; tail -n 10 "$tmp/out"; fi
			left=$(ls -A "$tmp/alone")
			[ "$left" = residency ] && ok || ko "the fresh clone wrote beside itself: $left"
		else
			ko "a fresh clone does not build with DEPS=none:"; tail -n 20 "$tmp/out"
		fi
	else
		ko "git clone of the repository failed:"; cat "$tmp/err"
	fi
fi

# }=======================================================

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
