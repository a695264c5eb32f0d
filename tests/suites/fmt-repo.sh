#!/bin/sh
# fmt-repo.sh RESIDENCY — every .rpl of the repository is in canonical layout
# (except the formatter's own messy inputs and the compiler's error cases,
# some of which do not even tokenise).
set -u
bin=${1:-build/residency}
files=$(git ls-files '*.rpl' 2>/dev/null | grep -v '^tests/fmt/' | grep -v '^tests/cases/errors/' | grep -v '^tests/bad/' | grep -v '^tests/fuzz/')
[ -n "$files" ] || files=$(find policies examples tests/cases/ok tests/toolkit docs -name '*.rpl' 2>/dev/null)
n=$(echo "$files" | wc -l)
out=$("$bin" fmt --check $files)
rc=$?
if [ $rc -eq 0 ]; then
	echo "$n passed, 0 failed"
else
	echo "not canonical (run: residency fmt -w FILE):"
	echo "$out"
	bad=$(echo "$out" | grep -c .)
	echo "$((n - bad)) passed, $bad failed"
	exit 1
fi
