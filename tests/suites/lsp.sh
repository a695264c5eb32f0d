#!/bin/sh
# lsp.sh RESIDENCY — the language server and the editor support.
#
# 1. The JSON-RPC transcripts of tests/lsp/*.json (tests/lsp/run.py).
# 2. docs/plan.schema.json accepts every YAML plan in tests/ and examples/
#    and rejects a plan with an unknown key (python3 with yaml + jsonschema).
# 3. The VS Code extension's client library (vscode-languageclient's
#    protocol packages, from npm) speaks to the server: tests/lsp/smoke.js.
#    It needs node and npm; the package is installed into build/vscode-test
#    on first use.
# Parts whose tools are missing print "skip: why".  Ends with "N passed, N failed".
set -u
bin=${1:-build/residency}
passed=0
failed=0
out=$(mktemp)
trap 'rm -f "$out"' EXIT

if command -v python3 >/dev/null 2>&1; then
	if python3 tests/lsp/run.py "$bin" >"$out" 2>&1; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		cat "$out"
	fi
	if python3 -c 'import yaml, jsonschema' >/dev/null 2>&1; then
		if python3 tests/lsp/plan_schema.py >"$out" 2>&1; then
			passed=$((passed + 1))
		else
			failed=$((failed + 1))
		fi
		cat "$out"
	else
		echo "skip: plan schema check (python3 yaml and jsonschema are not installed)"
	fi
else
	echo "skip: LSP transcripts (python3 is not installed)"
fi

if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
	dir=build/vscode-test
	if [ ! -d "$dir/node_modules/vscode-languageclient" ]; then
		mkdir -p "$dir"
		(cd "$dir" && npm install --no-audit --no-fund --silent vscode-languageclient@9 >/dev/null 2>&1)
	fi
	if [ -d "$dir/node_modules/vscode-languageclient" ]; then
		if NODE_PATH="$dir/node_modules" node tests/lsp/smoke.js "$bin" >"$out" 2>&1; then
			passed=$((passed + 1))
		else
			failed=$((failed + 1))
		fi
		cat "$out"
	else
		echo "skip: extension smoke test (npm could not install vscode-languageclient)"
	fi
else
	echo "skip: extension smoke test (node and npm are not installed)"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
