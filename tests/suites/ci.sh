#!/bin/sh
# ci.sh RESIDENCY — what residency ships for CI systems works.
#
#  1. action.yml: valid against the fields GitHub documents for action
#     metadata (a composite action: name, description, inputs with a
#     description, outputs with a value, runs.using composite, each run step
#     with a shell); it has the inputs policy, plans, format, fail-on,
#     upload-sarif; every ${{ inputs.X }} it uses is declared; the scripts
#     it runs exist.
#  2. The Action's steps, run here as the runner would (GITHUB_OUTPUT,
#     GITHUB_STEP_SUMMARY, GITHUB_PATH in a scratch directory): the binary
#     is built from source and put on PATH; the check writes the report,
#     the Markdown summary, annotations, and exit-code 0, 1 or 2, the step
#     itself exiting 0; the gate step exits with that code.
#  3. .pre-commit-hooks.yaml: a list of hooks with the fields pre-commit
#     requires (id, name, entry, language) and only fields it knows;
#     residency-check, residency-fmt and residency-test; each hook, run as
#     pre-commit would on the tutorial, passes, and fails on a bad plan.
#  4. The GitLab template: a hidden job .residency with image, script and
#     Code Quality and JUnit reports; its script, run here with the
#     example's variables, writes both (Code Quality valid against
#     tests/data/codequality-schema.json).
#  5. examples/ci reference the Action (with inputs it declares), the hooks
#     (ids it declares) and the template; docs/ci.md covers all four.
#  6. The Dockerfile: multi-stage, Debian based, a non-root user, entrypoint
#     residency.
#  7. make dist: the archive and SHA256SUMS, the checksum verifies, the
#     binary has no dynamic dependencies, and it runs from an empty
#     directory with an empty environment.
#
# Parts that need python3 with PyYAML are skipped (not failed) without it.
# Ends with "N passed, N failed".
set -u
bin=${1:-build/residency}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
top=$(pwd)
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TZ=UTC NO_COLOR=1
ok() { passed=$((passed + 1)); }
ko() { echo "FAIL: $*"; failed=$((failed + 1)); }
skip() { echo "skip: $*"; }

have_yaml=0
python3 -c 'import yaml' >/dev/null 2>&1 && have_yaml=1
have_js=0
python3 -c 'import jsonschema' >/dev/null 2>&1 && have_js=1

# a scratch copy of the examples, with `residency` on PATH the binary under test
scratch() {
	rm -rf "$tmp/work"
	mkdir -p "$tmp/work" "$tmp/bin"
	cp -R examples "$tmp/work/"
	ln -sf "$bin" "$tmp/bin/residency"
}

# {======================================================= 1. action.yml

if [ $have_yaml = 1 ]; then
	if python3 - action.yml >"$tmp/out" 2>&1 <<'EOF'
import re, sys, os, yaml
errors = []
a = yaml.safe_load(open(sys.argv[1]))
top = {"name", "author", "description", "inputs", "outputs", "runs", "branding"}
for k in a:
    if k not in top:
        errors.append("unknown top-level key %r" % k)
for k in ("name", "description", "runs"):
    if k not in a:
        errors.append("missing %r" % k)
inputs = a.get("inputs") or {}
for name, spec in inputs.items():
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]*", name):
        errors.append("bad input id %r" % name)
    for k in spec:
        if k not in ("description", "required", "default", "deprecationMessage"):
            errors.append("input %s: unknown key %r" % (name, k))
    if "description" not in spec:
        errors.append("input %s has no description" % name)
for need in ("policy", "plans", "format", "fail-on", "upload-sarif"):
    if need not in inputs:
        errors.append("no input %r" % need)
for name, spec in (a.get("outputs") or {}).items():
    if set(spec) - {"description", "value"} or "value" not in spec:
        errors.append("output %s: a composite output needs description and value" % name)
runs = a["runs"]
if runs.get("using") != "composite":
    errors.append("runs.using is not composite")
steps = runs.get("steps") or []
if not steps:
    errors.append("no steps")
stepkeys = {"run", "shell", "uses", "with", "name", "id", "if", "env", "working-directory", "continue-on-error"}
for i, st in enumerate(steps):
    for k in st:
        if k not in stepkeys:
            errors.append("step %d: unknown key %r" % (i, k))
    if ("run" in st) == ("uses" in st):
        errors.append("step %d: needs exactly one of run and uses" % i)
    if "run" in st and "shell" not in st:
        errors.append("step %d: a composite run step needs shell" % i)
    for m in re.findall(r'GITHUB_ACTION_PATH/(scripts/[\w.-]+)', st.get("run", "")):
        if not os.path.exists(m):
            errors.append("step %d runs %s, which does not exist" % (i, m))
text = open(sys.argv[1]).read()
for ref in re.findall(r"inputs\.([A-Za-z0-9_-]+)", text):
    if ref not in inputs:
        errors.append("uses undeclared input %r" % ref)
if a.get("branding"):
    if set(a["branding"]) - {"icon", "color"}:
        errors.append("branding: unknown key")
    if a["branding"].get("color") not in ("white", "yellow", "blue", "green", "orange", "red", "purple", "gray-dark"):
        errors.append("branding: bad color")
print("\n".join(errors))
sys.exit(1 if errors else 0)
EOF
	then ok; else ko "action.yml:"; cat "$tmp/out"; fi
else
	skip "action.yml fields (python3 yaml is not installed)"
fi

# }=======================================================

# {======================================================= 2. the Action's steps

scratch
gh=$tmp/gh
mkdir -p "$gh/runner"
# Get residency: from source (no version): make is up to date, nothing built
if (cd "$tmp/work" && MAKEFLAGS= MAKELEVEL= RUNNER_TEMP=$gh/runner GITHUB_PATH=$gh/path \
	GITHUB_ACTION_PATH=$top RESIDENCY_VERSION= SANITIZE= bash "$top/scripts/action-install.sh") >"$tmp/out" 2>&1 &&
   [ -x "$(cat "$gh/path")/residency" ] && "$(cat "$gh/path")/residency" --version >/dev/null; then
	ok
else
	ko "scripts/action-install.sh did not put residency on GITHUB_PATH:"; tail -n 5 "$tmp/out"
fi
# Check the plans: INPUT_* as action.yml passes them
action_check() {	# action_check PLANS [FAIL_ON]: outputs in $gh
	rm -f "$gh/output" "$gh/summary" "$tmp/work/residency.sarif"
	(cd "$tmp/work" && PATH="$tmp/bin:$PATH" RUNNER_TEMP=$gh/runner GITHUB_OUTPUT=$gh/output \
		GITHUB_STEP_SUMMARY=$gh/summary INPUT_POLICY="examples/tutorial/brightwave.rpl" \
		INPUT_PLANS="$1" INPUT_FORMAT=sarif INPUT_OUTPUT=residency.sarif \
		INPUT_FAIL_ON="${2:-error}" INPUT_ARGS= bash "$top/scripts/action-check.sh") >"$gh/log" 2>&1
}
if action_check examples/tutorial/ready.yaml; then ok; else ko "action-check.sh exited non-zero"; fi
grep -qx 'exit-code=0' "$gh/output" && ok || { ko "ready plan: exit-code is not 0"; cat "$gh/output"; }
grep -qx 'report=residency.sarif' "$gh/output" && ok || ko "no report= output"
grep -q '^## residency' "$gh/summary" 2>/dev/null && ok || ko "the job summary has no Markdown report"
if [ -f "$tmp/work/residency.sarif" ] && [ $have_js = 1 ]; then
	python3 tests/validate.py "$tmp/work/residency.sarif" tests/data/sarif-schema-2.1.0.json && ok ||
		ko "the Action's SARIF report does not validate"
else
	[ -f "$tmp/work/residency.sarif" ] && ok || ko "the Action wrote no residency.sarif"
fi
grep -q '^::warning file=examples/tutorial/ready.yaml' "$gh/log" && ok || { ko "no ::warning annotation in the log"; cat "$gh/log"; }
if action_check examples/tutorial/launch.yaml; then ok; else ko "action-check.sh exited non-zero on findings"; fi
grep -qx 'exit-code=1' "$gh/output" && ok || ko "launch plan: exit-code is not 1"
action_check examples/tutorial/launch.yaml never
grep -qx 'exit-code=0' "$gh/output" && ok || ko "fail-on never: exit-code is not 0"
printf 'stores:\n  - name: x\n    location: aws:eu-central-1\n    classes: [custmer]\n' >"$tmp/work/typo.yaml"
action_check typo.yaml
grep -qx 'exit-code=2' "$gh/output" && ok || ko "a typo: exit-code is not 2"
grep -q '^::error file=typo.yaml,line=4' "$gh/log" && ok || { ko "a typo: no ::error annotation"; cat "$gh/log"; }
grep -q 'could not judge' "$gh/summary" && ok || ko "a typo: the job summary does not say it could not judge"
# the gate step: exit "${RESIDENCY_EXIT:-2}"
gate=$(python3 -c 'import yaml,sys; print(yaml.safe_load(open("action.yml"))["runs"]["steps"][-1]["run"])' 2>/dev/null)
if [ -n "$gate" ]; then
	for c in 0 1 2; do
		RESIDENCY_EXIT=$c bash -c "$gate"
		[ $? -eq $c ] && ok || ko "the gate step does not exit $c"
	done
fi

# }=======================================================

# {======================================================= 3. pre-commit hooks

if [ $have_yaml = 1 ]; then
	# id|entry|pass_filenames|files per hook, after the field check
	if python3 - .pre-commit-hooks.yaml >"$tmp/hooks" 2>"$tmp/err" <<'EOF'
import re, sys, yaml
hooks = yaml.safe_load(open(sys.argv[1]))
known = {"id", "name", "entry", "language", "files", "exclude", "types", "types_or",
         "exclude_types", "always_run", "fail_fast", "verbose", "pass_filenames",
         "require_serial", "description", "language_version", "minimum_pre_commit_version",
         "args", "stages", "additional_dependencies"}
langs = {"system", "script", "docker", "docker_image", "python", "node", "golang", "rust", "fail"}
errors = []
if not isinstance(hooks, list):
    errors.append("not a list")
ids = []
for h in hooks:
    for k in ("id", "name", "entry", "language"):
        if k not in h:
            errors.append("%s: no %s" % (h.get("id"), k))
    for k in h:
        if k not in known:
            errors.append("%s: unknown key %s" % (h.get("id"), k))
    if h.get("language") not in langs:
        errors.append("%s: unknown language" % h.get("id"))
    for k in ("files", "exclude"):
        if k in h:
            re.compile(h[k])
    ids.append(h["id"])
for need in ("residency-check", "residency-fmt", "residency-test"):
    if need not in ids:
        errors.append("no hook %s" % need)
if errors:
    sys.stderr.write("\n".join(errors) + "\n")
    sys.exit(1)
for h in hooks:
    print("%s|%s|%s|%s" % (h["id"], h["entry"], h.get("pass_filenames", True), h.get("files", "")))
EOF
	then ok; else ko ".pre-commit-hooks.yaml:"; cat "$tmp/err"; fi
	# run each hook as pre-commit would, with examples/ci/.pre-commit-config.yaml's args
	python3 -c '
import yaml, shlex
for r in yaml.safe_load(open("examples/ci/.pre-commit-config.yaml"))["repos"]:
    for h in r["hooks"]:
        print(h["id"] + "|" + " ".join(shlex.quote(a) for a in h.get("args", [])))
' >"$tmp/cfg" 2>/dev/null
	scratch
	staged="examples/tutorial/brightwave.rpl examples/tutorial/ready.yaml"
	while IFS='|' read -r id entry pass files; do
		args=$(sed -n "s/^$id|//p" "$tmp/cfg")
		grep -q "^$id|" "$tmp/cfg" && ok || ko "examples/ci/.pre-commit-config.yaml does not use $id"
		names=""
		if [ "$pass" = True ]; then
			for f in $staged; do
				printf '%s\n' "$f" | grep -Eq "$files" && names="$names $f"
			done
		fi
		(cd "$tmp/work" && PATH="$tmp/bin:$PATH" eval "$entry $args $names") >"$tmp/out" 2>&1
		code=$?
		[ $code -eq 0 ] && ok || { ko "hook $id fails on the tutorial ($code)"; cat "$tmp/out"; }
	done <"$tmp/hooks"
	(cd "$tmp/work" && PATH="$tmp/bin:$PATH" residency check -p examples/tutorial/brightwave.rpl \
		examples/tutorial/launch.yaml) >/dev/null 2>&1
	[ $? -eq 1 ] && ok || ko "residency-check's command does not fail on the launch plan"
else
	skip ".pre-commit-hooks.yaml (python3 yaml is not installed)"
fi

# }=======================================================

# {======================================================= 4. the GitLab template

tpl=ci/gitlab/residency.gitlab-ci.yml
if [ $have_yaml = 1 ]; then
	if python3 - "$tpl" examples/ci/gitlab-ci.yml >"$tmp/script" 2>"$tmp/err" <<'EOF'
import sys, yaml
t = yaml.safe_load(open(sys.argv[1]))
ex = yaml.safe_load(open(sys.argv[2]))
errors = []
job = t.get(".residency")
if not job:
    errors.append("no hidden job .residency")
else:
    for k in ("image", "script", "artifacts"):
        if k not in job:
            errors.append(".residency has no " + k)
    rep = job.get("artifacts", {}).get("reports", {})
    if "codequality" not in rep or "junit" not in rep:
        errors.append(".residency does not report codequality and junit")
    if job.get("artifacts", {}).get("when") != "always":
        errors.append("the reports are not kept when the job fails")
inc = [i.get("local") or i.get("remote") or "" for i in ex.get("include", [])]
if not any(i.endswith("residency.gitlab-ci.yml") for i in inc):
    errors.append("examples/ci/gitlab-ci.yml does not include the template")
users = [j for j in ex.values() if isinstance(j, dict) and j.get("extends") == ".residency"]
if not users:
    errors.append("examples/ci/gitlab-ci.yml has no job extending .residency")
if errors:
    sys.stderr.write("\n".join(errors) + "\n")
    sys.exit(1)
v = dict(job.get("variables", {}))
v.update(users[0].get("variables", {}))
for k, val in v.items():
    print("export %s='%s'" % (k, val))
for line in job["script"]:
    print(line)
EOF
	then
		ok
		scratch
		(cd "$tmp/work" && PATH="$tmp/bin:$PATH" sh "$tmp/script") >"$tmp/out" 2>&1
		[ $? -eq 0 ] && ok || { ko "the template's script fails on the example"; cat "$tmp/out"; }
		cq=$tmp/work/gl-code-quality-report.json
		if [ -f "$cq" ] && [ -f "$tmp/work/residency-junit.xml" ]; then ok; else ko "the template wrote no reports"; fi
		if [ -f "$cq" ] && [ $have_js = 1 ]; then
			python3 tests/validate.py "$cq" tests/data/codequality-schema.json && ok || ko "$cq does not validate"
		fi
	else
		ko "$tpl:"; cat "$tmp/err"
	fi
else
	skip "$tpl (python3 yaml is not installed)"
fi

# }=======================================================

# {======================================================= 5. examples and docs

grep -Eq '^ *uses: [A-Za-z0-9_.-]+/residency@' examples/ci/github-actions.yml && ok ||
	ko "examples/ci/github-actions.yml does not use the Action"
if [ $have_yaml = 1 ]; then
	python3 - >"$tmp/out" 2>&1 <<'EOF'
import sys, yaml
inputs = yaml.safe_load(open("action.yml"))["inputs"]
wf = yaml.safe_load(open("examples/ci/github-actions.yml"))
bad = []
for job in wf["jobs"].values():
    for st in job["steps"]:
        if "/residency@" in st.get("uses", ""):
            for k in st.get("with", {}):
                if k not in inputs:
                    bad.append(k)
            for k, spec in inputs.items():
                if spec.get("required") and k not in st.get("with", {}):
                    bad.append("missing required " + k)
print(" ".join(bad))
sys.exit(1 if bad else 0)
EOF
	[ $? -eq 0 ] && ok || { ko "examples/ci/github-actions.yml: inputs the Action does not declare:"; cat "$tmp/out"; }
fi
grep -q 'residency-policy/residency' examples/ci/.pre-commit-config.yaml && ok ||
	ko "examples/ci/.pre-commit-config.yaml does not use residency's hooks"
grep -qx 'complete -o filenames -F _residency residency' scripts/residency.bash-completion && ok ||
	ko "the bash completion is not registered with -o filenames"
for w in action.yml .pre-commit-hooks.yaml residency.gitlab-ci.yml Dockerfile 'make dist' SHA256SUMS codequality; do
	grep -q -- "$w" docs/ci.md && ok || ko "docs/ci.md does not mention $w"
done

# }=======================================================

# {======================================================= 6. Dockerfile

df=Dockerfile
n=$(grep -c '^FROM debian' "$df")
[ "$n" -ge 2 ] && ok || ko "$df: not a multi-stage build on Debian ($n FROM debian)"
grep -q '^FROM .* AS build' "$df" && grep -q '^COPY --from=build' "$df" && ok || ko "$df: no build stage copied from"
u=$(sed -n 's/^USER //p' "$df" | tail -n 1)
case $u in "" | root | 0 | 0:*) ko "$df: runs as root ('$u')" ;; *) ok ;; esac
grep -qx 'ENTRYPOINT \["residency"\]' "$df" && ok || ko "$df: the entrypoint is not residency"
grep -q 'make DEPS=none.* dist' "$df" && ok || ko "$df: does not build with make dist"

# }=======================================================

# {======================================================= 7. make dist

d=$tmp/dist
if MAKEFLAGS= MAKELEVEL= make -s dist DIST_DIR="$d" SANITIZE= DEPS=none >"$tmp/out" 2>&1; then
	ok
	ver=$("$bin" --version | sed -n '1s/residency //p')
	tgz=$d/residency-$ver-linux-$(uname -m).tar.gz
	[ -f "$tgz" ] && ok || { ko "make dist did not write $tgz:"; ls "$d"; }
	(cd "$d" && sha256sum -c SHA256SUMS) >/dev/null 2>&1 && ok || ko "SHA256SUMS does not verify"
	mkdir -p "$tmp/unpack" "$tmp/empty"
	tar xzf "$tgz" -C "$tmp/unpack" && ok || ko "cannot unpack $tgz"
	rb=$tmp/unpack/residency-$ver-linux-$(uname -m)/residency
	if command -v readelf >/dev/null 2>&1; then
		if readelf -d "$rb" 2>/dev/null | grep -q NEEDED; then
			if grep -q 'linked statically:' "$tmp/out"; then
				skip "the binary is partly dynamic: $(grep 'linked statically:' "$tmp/out")"
			else
				ko "the release binary needs shared libraries: $(readelf -d "$rb" | grep NEEDED | tr -s ' ')"
			fi
		else
			ok
		fi
	fi
	(cd "$tmp/empty" && env -i "$rb" check -q - <"$top/tests/e2e/data/clean-plan.yaml") >"$tmp/run" 2>&1
	if [ $? -eq 0 ] && grep -q 'facts checked' "$tmp/run"; then ok; else
		ko "the release binary does not run from an empty directory:"; cat "$tmp/run"; fi
	[ -z "$(ls -A "$tmp/empty")" ] && ok || ko "the release binary wrote into the working directory"
	for f in man/residency.1 man/residency-policy.5 residency.bash-completion README.md; do
		[ -f "$tmp/unpack/residency-$ver-linux-$(uname -m)/$f" ] && ok || ko "the archive has no $f"
	done
else
	ko "make dist failed:"; cat "$tmp/out"
fi

# }=======================================================

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
