#!/bin/sh
# docs.sh RESIDENCY — the documentation agrees with the tool.
#
#  1. Transcripts: every ```sh block of README.md, docs/tutorial.md, docs/ci.md
#     and docs/cli.md is run.  A line "$ COMMAND" (continued by a trailing
#     backslash) is run with sh from a scratch copy of examples/ (so reports
#     written with -o land there), `residency` and `build/residency` being the
#     binary under test; the lines after it, up to the next "$ " or the end of
#     the block, must equal its standard output and error, followed by
#     "(exit status N)" when N is not 0.  The commands of one document share
#     one scratch directory, in order.
#  2. Excerpts: a fenced block right after "<!-- file: PATH -->" must appear,
#     line for line and contiguously, in PATH.
#  3. Help: `residency help`, and `residency help CMD` for every command,
#     appear verbatim in docs/cli.md; `CMD --help` prints the same; every long
#     option appears in residency(1); the bash completion offers each command
#     exactly the options of its help.
#  4. Messages: every message format string is listed on its page
#     (placeholders may be written as words): of the command line, plan
#     loaders, evaluator and commands (src/main.c, api.c, plan_yaml.c,
#     plan_tf.c, eval.c, where.c, lint.c, locations.c, diff.c, util.c,
#     config.c, report_ci.c, import_fides.c, import_csv.c) in
#     docs/messages.md; of the compiler (src/compile.c, sema.c, ast.c,
#     diag.c, grammar/) in docs/diagnostics.md; of the formatter (src/fmt.c)
#     in docs/fmt.md.  Any other source that emits diagnostics or writes to
#     standard error fails the check until it is listed here.
#  5. CI examples: examples/ci/*.yml and .pre-commit-config.yaml parse (a tiny
#     libyaml checker), each `residency` command line in them passes here and
#     writes a well-formed report; the pre-commit hook script passes and fails
#     as it should.  (The Action, the hooks file, the GitLab template, the
#     Dockerfile and make dist: tests/suites/ci.sh.)
#  6. Man pages render without warnings (man -l; groff -ww), when man-db and
#     groff are installed (else skipped with a message).
#  7. make install DESTDIR=tmp, then examples/api/check.c builds against the
#     installed residency.pc and runs; make uninstall leaves only directories.
#  8. Toolkit examples: every "$ residency ..." of a ```console block of
#     docs/toolkit.md is the command of a golden case (tests/e2e/*.t), and,
#     run from the root of the repository, prints what the page shows
#     (standard output and error; a line "..." cuts the rest), with the
#     status of the "$ echo $?" after it.
#
# UPDATE=1 rewrites the transcripts of (1) from the tool's output instead of
# comparing (review the diff).  Ends with "N passed, N failed"; exit status 1
# when anything failed.
set -u
bin=${1:-build/residency}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
top=$(pwd)
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TZ=UTC NO_COLOR=1
unset RESIDENCY_PATH

ok() { passed=$((passed + 1)); }
ko() { echo "FAIL: $*"; failed=$((failed + 1)); }
skip() { echo "skip: $*"; }

# a scratch tree: examples/ and policies/ copied, build/residency and a
# `residency` on PATH both the binary under test
mkdir -p "$tmp/bin"
ln -s "$bin" "$tmp/bin/residency"
export PATH="$tmp/bin:$PATH"
scratch() {
	rm -rf "$tmp/work"
	mkdir -p "$tmp/work/build"
	cp -R examples policies "$tmp/work/"
	ln -s "$bin" "$tmp/work/build/residency"
}

# {======================================================= 1. transcripts

# split DOC into $tmp/t/N.cmd and $tmp/t/N.exp (N = 1, 2, ...), in order
split_transcripts() {
	rm -rf "$tmp/t"
	mkdir -p "$tmp/t"
	awk -v dir="$tmp/t" '
		function close_cmd() { if (n > 0) { close(dir "/" n ".cmd"); close(dir "/" n ".exp") } }
		/^```/ {
			if (!inblock && $0 == "```sh") { inblock = 1; incmd = 0; next }
			if (inblock) { inblock = 0; incmd = 0; next }
		}
		!inblock { next }
		cont { print > (dir "/" n ".cmd"); cont = /\\$/; next }
		/^\$ / {
			close_cmd(); n++
			printf "" > (dir "/" n ".exp")
			print substr($0, 3) > (dir "/" n ".cmd")
			cont = /\\$/; incmd = 1; next
		}
		incmd { print > (dir "/" n ".exp") }
	' "$1"
}

transcripts() {
	doc=$1
	[ -f "$doc" ] || { ko "$doc is missing"; return; }
	scratch
	split_transcripts "$doc"
	n=0
	for c in $(ls "$tmp/t" | sed -n 's/\.cmd$//p' | sort -n); do
		n=$((n + 1))
		(cd "$tmp/work" && sh "$tmp/t/$c.cmd") >"$tmp/out" 2>&1 </dev/null
		code=$?
		[ $code -ne 0 ] && echo "(exit status $code)" >>"$tmp/out"
		cp "$tmp/out" "$tmp/t/$c.out"
		if [ "${UPDATE:-}" = 1 ]; then
			ok
		elif cmp -s "$tmp/out" "$tmp/t/$c.exp"; then
			ok
		else
			ko "$doc: \$ $(head -n 1 "$tmp/t/$c.cmd"): the output differs (- doc, + tool)"
			diff -u "$tmp/t/$c.exp" "$tmp/out" | sed -n '3,40p'
		fi
	done
	[ $n -gt 0 ] || ko "$doc: no \$ commands in sh blocks"
	[ "${UPDATE:-}" = 1 ] && [ $n -gt 0 ] && update_doc "$doc"
}

# UPDATE=1: rewrite DOC's transcripts with the tool's output (review the diff)
update_doc() {
	awk -v dir="$tmp/t" '
		function dump(   f, l) { f = dir "/" n ".out"; while ((getline l < f) > 0) print l; close(f) }
		/^```/ {
			if (!inblock && $0 == "```sh") { inblock = 1; print; next }
			if (inblock) { inblock = 0; incmd = 0; print; next }
		}
		!inblock { print; next }
		cont { print; cont = /\\$/; if (!cont) dump(); next }
		/^\$ / { n++; print; cont = /\\$/; incmd = 1; if (!cont) dump(); next }
		incmd { next }
		{ print }
	' "$1" >"$tmp/upd" && cat "$tmp/upd" >"$1"
}

for doc in README.md docs/tutorial.md docs/ci.md docs/cli.md; do
	transcripts "$doc"
done

# make demo and make test stay the two commands of the README
for c in 'make demo' 'make test'; do
	if grep -q "^$c" README.md; then ok; else ko "README.md does not show '$c'"; fi
done

# }=======================================================

# {======================================================= 2. excerpts

for doc in README.md docs/*.md; do
	awk -v doc="$doc" -v out="$tmp/ex" '
		/^<!-- file: .* -->$/ { path = $3; want = 1; next }
		want && /^```/ && !inb { inb = 1; body = ""; next }
		inb && /^```$/ { print doc "\t" path "\t" body > out; inb = 0; want = 0; next }
		inb { body = body $0 "\\n"; next }
		{ want = 0 }
	' "$doc"
done
touch "$tmp/ex"
while IFS='	' read -r doc path body; do
	if [ ! -f "$path" ]; then
		ko "$doc: excerpt of missing file $path"
		continue
	fi
	printf '%b' "$body" >"$tmp/body"
	if awk -v bf="$tmp/body" '
		BEGIN { while ((getline l < bf) > 0) b = b l "\n" }
		{ f = f $0 "\n" }
		END { exit !(index(f, b) > 0) }
	' "$path"; then
		ok
	else
		ko "$doc: the excerpt of $path is not in $path"
	fi
done <"$tmp/ex"

# }=======================================================

# {======================================================= 3. help

cmds=$("$bin" help | awk '/^commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { on = 0 }')
[ -n "$cmds" ] || ko "residency help lists no commands"
contains() {	# contains FILE NEEDLEFILE: NEEDLE's lines appear contiguously in FILE
	awk -v nf="$2" '
		BEGIN { while ((getline l < nf) > 0) b = b l "\n" }
		{ f = f $0 "\n" }
		END { exit !(index(f, b) > 0) }
	' "$1"
}
"$bin" help >"$tmp/h"
if contains docs/cli.md "$tmp/h"; then ok; else ko "docs/cli.md does not show 'residency help' verbatim"; fi
for c in $cmds; do
	"$bin" help "$c" >"$tmp/h" 2>&1
	if contains docs/cli.md "$tmp/h"; then ok; else ko "docs/cli.md does not show 'residency help $c' verbatim"; diff -u "$tmp/h" /dev/null | sed -n '4,8p'; fi
	"$bin" "$c" --help >"$tmp/h2" 2>&1
	if [ "$c" = version ] || [ "$c" = help ] || cmp -s "$tmp/h" "$tmp/h2"; then ok; else ko "residency $c --help differs from residency help $c"; fi
	if grep -q "^\.SS $c\b\|^\.SS \"\?$c\b" docs/man/residency.1; then ok; else ko "residency(1) has no section for $c"; fi
	for o in $(grep -o -- '--[a-z][a-z-]*' "$tmp/h" | sort -u); do
		roff=$(printf '%s' "$o" | sed 's/-/\\\\-/g')
		if grep -q -- "$roff" docs/man/residency.1; then ok; else ko "residency(1) does not mention $o ($c)"; fi
	done
done
# the bash completion offers each command exactly the options of its help
# (and --help): nothing a command would refuse, nothing it takes left out
comp=scripts/residency.bash-completion
for c in $cmds; do
	{ "$bin" help "$c" | sed -n 's/^  \(-[a-zA-Z]\), \(--[a-z][a-z-]*\).*/\1\n\2/p; s/^      \(--[a-z][a-z-]*\).*/\1/p'
	  echo --help; } | sort -u >"$tmp/want"
	awk -v c="$c" '
		/^\t[a-z|]+\) opts="/ {
			n = split(substr($1, 1, length($1) - 1), pats, "|")
			for (i = 1; i <= n; i++) if (pats[i] == c) { sub(/^[^"]*"/, ""); sub(/".*/, ""); print }
		}
	' "$comp" | tr ' ' '\n' | sed '/^$/d' | sort -u >"$tmp/got"
	if cmp -s "$tmp/want" "$tmp/got"; then ok; else
		ko "$comp: the options offered for $c differ from its help (< help, > completion)"
		diff "$tmp/want" "$tmp/got" | sed -n 's/^[<>]/    &/p'
	fi
done

v=$("$bin" --version)
case $v in "residency "[0-9]*) ok ;; *) ko "--version printed '$v'" ;; esac

# }=======================================================

# {======================================================= 4. messages

cat >"$tmp/msgs.awk" <<'EOF'
# print the string literals of calls to the functions matching EMIT, one per
# line (adjacent literals joined, C escapes undone), when they read as words
function flush_call(text,    n, i, c, s, inlit, lits, nl, cur, last_end, between) {
	n = length(text); inlit = 0; nl = 0; cur = ""; last_end = -1
	for (i = 1; i <= n; i++) {
		c = substr(text, i, 1)
		if (!inlit) {
			if (c == "\"") {
				between = last_end > 0 ? substr(text, last_end + 1, i - last_end - 1) : "x"
				if (last_end > 0 && between ~ /^[ \t\n]*$/) { inlit = 1; continue }
				if (cur != "") lits[++nl] = cur
				cur = ""; inlit = 1
			} else if (c == "'") {
				i += (substr(text, i + 1, 1) == "\\") ? 3 : 2
			}
		} else if (c == "\\") {
			s = substr(text, i + 1, 1); i++
			cur = cur ((s == "n" || s == "t") ? " " : s)
		} else if (c == "\"") {
			inlit = 0; last_end = i
		} else {
			cur = cur c
		}
	}
	if (cur != "") lits[++nl] = cur
	for (i = 1; i <= nl; i++) {
		s = lits[i]
		sub(/ +$/, "", s); sub(/^ +/, "", s)
		if (s ~ / / && s ~ /[a-z][a-z][a-z]/ && s !~ /^usage:/)
			print s
	}
}
{
	if (incall) call = call "\n" $0
	else if (match($0, EMIT)) { call = substr($0, RSTART); incall = 1 }
	if (incall && $0 ~ /;[ \t]*(\/\*.*\*\/)?[ \t]*$/) { flush_call(call); incall = 0; call = "" }
}
EOF
# msgs EMIT FILE...: the messages of FILEs' calls to the functions matching EMIT
msgs() {
	emit=$1
	shift
	for f in "$@"; do
		echo "$f" >>"$tmp/covered"
		awk -v EMIT="$emit" -f "$tmp/msgs.awk" "$f"
	done
}
: >"$tmp/covered"
stderr='fprintf[(]stderr|fputs[(].*stderr'
# the command line, plan loaders, the tool's findings, the commands: messages.md
{
	msgs "(usage_error[(]|$stderr)" src/main.c
	msgs '(rsd_diags_error|file_error|resolve)[(]' src/api.c
	msgs '(yp_err|yp_err_ev|yp_note|yp_warn|fputs)[(]' src/plan_yaml.c
	msgs '(tf_error|diag_error|unknown_location|tf_note|resolve_place|aprintf)[(]' src/plan_tf.c
	msgs '(cf_err|diag_error|sb_printf)[(]' src/classes.c
	msgs "(sb_printf[(]&sb, \"(attestation|waiver)|$stderr)" src/eval.c
	msgs "($stderr)" src/diff.c src/util.c
	msgs '(query_error|diag_error)[(]' src/where.c
	msgs 'diag_error[(]' src/locations.c
	msgs '(zerr|zferr|znote)[(]' src/import_fides.c
	msgs '(cerr|diag_error)[(]' src/import_csv.c
	msgs '(^|[^a-z_])warn[(]' src/lint.c
	msgs '(cfn_error|cprintf|err_at|rsd_diags_error|arm_error|aprint)[(]' src/plan_cfn.c src/doc.c src/cdk.c src/plan_arm.c
	msgs '(gerr|gprintf)[(]' src/plan_gcpasset.c
	msgs 'diag_error[(]' src/config.c src/report_ci.c
	msgs '(st_error|pu_error)[(]' src/plan_tfstate.c src/plan_pulumi.c
} | grep -v '^residency: error:$' | sort -u >"$tmp/msgs.messages"
# the compiler: diagnostics.md
{
	msgs '(diag_error|diag_warning|diag_note|(^|[^a-z_])err|(^|[^a-z_])note)[(]' src/compile.c src/sema.c
	msgs 'ast_error[(]|sb_(puts|printf)[(]&sb, "' src/ast.c grammar/lexer.l grammar/parser.y
	msgs 'fprintf[(]out, "residency' src/diag.c
} | sort -u >"$tmp/msgs.diagnostics"
# the formatter: fmt.md
msgs '(lex_fail|diag_error)[(]' src/fmt.c | sort -u >"$tmp/msgs.fmt"

# every source that emits a diagnostic or writes to standard error is one
# of those (a new one must be added above, with its page)
grep -lE '(diag_(error|warning|note|vadd)|rsd_diags_error|ast_error)[(]|fprintf[(]stderr|fputs[(][^;]*stderr' \
	src/*.c grammar/*.l grammar/*.y | while read -r f; do
	grep -qxF "$f" "$tmp/covered" || echo "$f"
done >"$tmp/uncovered"
if [ -s "$tmp/uncovered" ]; then
	ko "docs.sh does not check the messages of: $(tr '\n' ' ' <"$tmp/uncovered")"
else
	ok
fi

# a message matches a line of its page that holds its literal pieces (split
# at printf conversions) in order
check_page() {	# check_page PAGE MSGS MIN
	[ -f "$1" ] || { ko "$1 is missing"; return; }
	nm=$(wc -l <"$2")
	[ "$nm" -ge "$3" ] || ko "only $nm messages for $1 found in the sources: the extractor is broken"
	awk '
		FNR == NR { doc[++nd] = $0; next }
		{
			m = $0
			gsub(/%%/, "\001", m)
			np = split(m, parts, /%[-+ #0-9.*]*(l|ll|z|h)?[a-zA-Z]/)
			found = 0
			for (i = 1; i <= nd && !found; i++) {
				line = doc[i]; pos = 1; okp = 1
				for (k = 1; k <= np; k++) {
					p = parts[k]; gsub(/\001/, "%", p)
					if (p == "") continue
					j = index(substr(line, pos), p)
					if (!j) { okp = 0; break }
					pos += j + length(p) - 1
				}
				found = okp
			}
			if (!found) print
		}
	' "$1" "$2" >"$tmp/missing"
	if [ -s "$tmp/missing" ]; then
		ko "$1 lacks $(wc -l <"$tmp/missing") of $nm messages:"
		sed 's/^/    /' "$tmp/missing"
	else
		ok
	fi
}
check_page docs/messages.md "$tmp/msgs.messages" 150
check_page docs/diagnostics.md "$tmp/msgs.diagnostics" 50
check_page docs/fmt.md "$tmp/msgs.fmt" 8

# }=======================================================

# {======================================================= 5. CI examples

yc=$tmp/yamlcheck
cat >"$yc.c" <<'EOF'
/* yamlcheck FILE...: parse every document of each file with libyaml */
#include <stdio.h>
#include <yaml.h>
int main(int argc, char **argv)
{
	int bad = 0;
	for (int i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		yaml_parser_t p;
		yaml_event_t e;
		int done = 0, n = 0;
		if (!f) { perror(argv[i]); bad = 1; continue; }
		yaml_parser_initialize(&p);
		yaml_parser_set_input_file(&p, f);
		while (!done) {
			if (!yaml_parser_parse(&p, &e)) {
				fprintf(stderr, "%s:%zu:%zu: %s\n", argv[i], p.problem_mark.line + 1,
					p.problem_mark.column + 1, p.problem ? p.problem : "error");
				bad = 1;
				break;
			}
			n += e.type == YAML_SCALAR_EVENT;
			done = e.type == YAML_STREAM_END_EVENT;
			yaml_event_delete(&e);
		}
		if (done && n == 0) { fprintf(stderr, "%s: empty\n", argv[i]); bad = 1; }
		yaml_parser_delete(&p);
		fclose(f);
	}
	return bad;
}
EOF
have_yc=0
if ${CC:-cc} -o "$yc" "$yc.c" $(pkg-config --cflags --libs yaml-0.1) 2>"$tmp/err"; then
	have_yc=1
else
	ko "cannot build the YAML checker (libyaml-dev)"; cat "$tmp/err"
fi
for y in examples/ci/*.yml examples/ci/.pre-commit-config.yaml examples/tutorial/*.yaml; do
	[ -f "$y" ] || { ko "$y is missing"; continue; }
	[ $have_yc = 1 ] || continue
	if "$yc" "$y"; then ok; else ko "$y does not parse as YAML"; fi
done
[ -f examples/ci/Jenkinsfile ] && ok || ko "examples/ci/Jenkinsfile is missing"

# every line of a CI file that runs residency (after "run: |", "script:", sh '...')
ci_cmds() {
	sed -n "s/^[ -]*\\(sh *'\\)\\{0,1\\}\\(\\(build\\/\\)\\{0,1\\}residency [^']*\\).*\$/\\2/p" "$1"
}
scratch
for f in examples/ci/github-actions.yml examples/ci/gitlab-ci.yml examples/ci/Jenkinsfile; do
	[ -f "$f" ] || continue
	n=0
	ci_cmds "$f" >"$tmp/cmds"
	while IFS= read -r c; do
		n=$((n + 1))
		(cd "$tmp/work" && eval "$c") >"$tmp/out" 2>&1 </dev/null
		code=$?
		if [ $code -eq 0 ]; then ok; else ko "$f: '$c' exited $code"; cat "$tmp/out"; fi
	done <"$tmp/cmds"
	[ $n -ge 2 ] || ko "$f: found $n residency commands"
done
# the reports they write are well-formed (the Action's SARIF, the GitLab
# template's Code Quality and JUnit reports: tests/suites/ci.sh)
if [ -f "$tmp/work/residency-junit.xml" ]; then
	if command -v xmllint >/dev/null 2>&1; then
		xmllint --noout "$tmp/work/residency-junit.xml" && ok || ko "residency-junit.xml is not well-formed"
	fi
	grep -q '<testsuite' "$tmp/work/residency-junit.xml" && ok || ko "residency-junit.xml has no testsuite"
else
	ko "the Jenkins example wrote no residency-junit.xml"
fi

# the pre-commit hook: passes on the tutorial, fails (1) on a violating plan,
# (2) on a plan with an unknown name
hook=examples/ci/pre-commit-hook.sh
if [ -f "$hook" ]; then
	(cd "$tmp/work" && RESIDENCY_POLICY=examples/tutorial/brightwave.rpl sh "$top/$hook" \
		examples/tutorial/brightwave.rpl examples/tutorial/ready.yaml) >"$tmp/out" 2>&1
	[ $? -eq 0 ] && ok || { ko "pre-commit hook fails on the ready plan"; cat "$tmp/out"; }
	(cd "$tmp/work" && RESIDENCY_POLICY=examples/tutorial/brightwave.rpl sh "$top/$hook" \
		examples/tutorial/launch.yaml) >"$tmp/out" 2>&1
	[ $? -eq 1 ] && ok || { ko "pre-commit hook does not fail (1) on the launch plan"; cat "$tmp/out"; }
	printf 'stores:\n  - name: x\n    location: aws:eu-central-1\n    classes: [custmer]\n' >"$tmp/work/typo.yaml"
	(cd "$tmp/work" && RESIDENCY_POLICY=examples/tutorial/brightwave.rpl sh "$top/$hook" typo.yaml) >"$tmp/out" 2>&1
	[ $? -eq 2 ] && ok || { ko "pre-commit hook does not fail (2) on an unknown class"; cat "$tmp/out"; }
	(cd "$tmp/work" && sh "$top/$hook" README.md) >"$tmp/out" 2>&1
	[ $? -eq 0 ] && ok || { ko "pre-commit hook fails on no policy or plan file"; cat "$tmp/out"; }
else
	ko "$hook is missing"
fi

# }=======================================================

# {======================================================= 6. man pages

for m in docs/man/residency.1 docs/man/residency-policy.5; do
	[ -f "$m" ] || { ko "$m is missing"; continue; }
	if command -v man >/dev/null 2>&1; then
		MANWIDTH=80 man -l "$m" >"$tmp/man" 2>"$tmp/err"
		if [ -s "$tmp/err" ] || [ ! -s "$tmp/man" ]; then ko "man -l $m:"; cat "$tmp/err"; else ok; fi
	else
		skip "man -l $m (man-db is not installed)"
	fi
	if command -v groff >/dev/null 2>&1; then
		groff -ww -z -man "$m" >"$tmp/err" 2>&1
		if [ -s "$tmp/err" ]; then ko "groff -ww -z -man $m:"; cat "$tmp/err"; else ok; fi
	else
		skip "groff -ww $m (groff is not installed)"
	fi
done

# the example policy in residency-policy(5)'s synopsis compiles and passes
if command -v man >/dev/null 2>&1 && [ -f docs/man/residency-policy.5 ]; then
	MANWIDTH=200 man -l docs/man/residency-policy.5 2>/dev/null |
		sed -n '/^SYNOPSIS/,/^DESCRIPTION/p' | sed '1d;$d' | sed 's/^       //' >"$tmp/syn.rpl"
	if "$bin" test "$tmp/syn.rpl" >"$tmp/out" 2>&1 && grep -q '^1 passed, 0 failed' "$tmp/out"; then
		ok
	else
		ko "the synopsis of residency-policy(5) does not pass its test:"; cat "$tmp/out"
	fi
fi

# }=======================================================

# {======================================================= 7. install, API

dest=$tmp/dest
# a plain build, even under "make test SANITIZE=1" (MAKEFLAGS would pass it on)
if MAKEFLAGS= MAKELEVEL= make -s install DESTDIR="$dest" PREFIX=/usr SANITIZE= >"$tmp/out" 2>&1; then
	ok
	for f in usr/bin/residency usr/lib/libresidency.a usr/lib/libresidency.so usr/include/residency.h \
		usr/lib/pkgconfig/residency.pc usr/share/man/man1/residency.1 usr/share/man/man5/residency-policy.5 \
		usr/share/residency/policies/default.rpl; do
		[ -e "$dest/$f" ] && ok || ko "make install did not install /$f"
	done
	"$dest/usr/bin/residency" --version >/dev/null && ok || ko "the installed binary does not run"
	pc="pkg-config --define-variable=prefix=$dest/usr --define-variable=libdir=$dest/usr/lib --define-variable=includedir=$dest/usr/include"
	if flags=$(PKG_CONFIG_PATH=$dest/usr/lib/pkgconfig $pc --cflags --libs residency) &&
	   ${CC:-cc} -std=c11 -Wall -Wextra -Werror -o "$tmp/check" examples/api/check.c $flags 2>"$tmp/err"; then
		ok
		LD_LIBRARY_PATH=$dest/usr/lib "$tmp/check" >"$tmp/out" 2>&1
		code=$?
		if [ $code -eq 1 ] && cmp -s "$tmp/out" examples/api/check.expected; then
			ok
		else
			ko "examples/api/check exited $code (want 1) or its output differs from examples/api/check.expected:"
			diff -u examples/api/check.expected "$tmp/out" | sed -n '3,30p'
		fi
		# the static library too (Requires.private pulls in its dependencies)
		if flags=$(PKG_CONFIG_PATH=$dest/usr/lib/pkgconfig $pc --static --cflags --libs residency | sed 's/-lresidency//') &&
		   ${CC:-cc} -std=c11 -o "$tmp/check-static" examples/api/check.c "$dest/usr/lib/libresidency.a" $flags 2>"$tmp/err"; then
			"$tmp/check-static" >"$tmp/out2" 2>&1
			cmp -s "$tmp/out" "$tmp/out2" && ok || ko "the statically linked example prints something else"
		else
			ko "examples/api/check.c does not link statically:"; cat "$tmp/err"
		fi
	else
		ko "examples/api/check.c does not build against the installed residency.pc:"; cat "$tmp/err"
	fi
	if MAKEFLAGS= MAKELEVEL= make -s uninstall DESTDIR="$dest" PREFIX=/usr SANITIZE= >"$tmp/out" 2>&1; then
		left=$(find "$dest" ! -type d)
		[ -z "$left" ] && ok || { ko "make uninstall left files:"; echo "$left"; }
	else
		ko "make uninstall failed:"; cat "$tmp/out"
	fi
else
	ko "make install DESTDIR=... failed:"; cat "$tmp/out"
fi

# }=======================================================

# {======================================================= 8. toolkit examples

rm -rf "$tmp/k"
mkdir -p "$tmp/k"
# N.cmd, N.exp (the lines shown after it) and N.status (of "$ echo $?")
awk -v dir="$tmp/k" '
	/^```console$/ { inb = 1; next }
	inb && /^```$/ { inb = 0; next }
	!inb { next }
	/^\$ echo \$\?$/ { st = 1; next }
	st { print > (dir "/" n ".status"); close(dir "/" n ".status"); st = 0; next }
	/^\$ / {
		if (n) close(dir "/" n ".exp")
		n++
		print substr($0, 3) > (dir "/" n ".cmd"); close(dir "/" n ".cmd")
		printf "" > (dir "/" n ".exp")
		next
	}
	{ print > (dir "/" n ".exp") }
' docs/toolkit.md
for t in tests/e2e/*.t; do head -n 1 "$t"; done >"$tmp/goldens"
n=0
for c in $(ls "$tmp/k" | sed -n 's/\.cmd$//p' | sort -n); do
	n=$((n + 1))
	cmd=$(cat "$tmp/k/$c.cmd")
	if grep -qxF "\$ $cmd" "$tmp/goldens"; then
		ok
	else
		ko "docs/toolkit.md: '$cmd' is not the command of a golden case in tests/e2e"
	fi
	(
		residency() { "$bin" "$@"; }
		eval "$cmd"
	) >"$tmp/out" 2>&1 </dev/null
	code=$?
	# the output, cut where the page shows "..."
	awk -v out="$tmp/out" '
		$0 == "..." { cut = 1; exit }
		{ want[++n] = $0 }
		END {
			while ((getline l < out) > 0) got[++m] = l
			if (!cut && m != n) exit 1
			for (i = 1; i <= n; i++) if (i > m || got[i] != want[i]) exit 1
		}
	' "$tmp/k/$c.exp"
	if [ $? -eq 0 ]; then ok; else
		ko "docs/toolkit.md: \$ $cmd: the output differs (- doc, + tool)"
		diff -u "$tmp/k/$c.exp" "$tmp/out" | sed -n '3,20p'
	fi
	if [ -f "$tmp/k/$c.status" ]; then
		if [ "$(cat "$tmp/k/$c.status")" = "$code" ]; then ok; else
			ko "docs/toolkit.md: \$ $cmd: exit status $code, the page says $(cat "$tmp/k/$c.status")"
		fi
	fi
done
[ $n -ge 20 ] || ko "docs/toolkit.md: only $n examples found: the extractor is broken"

# }=======================================================

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
