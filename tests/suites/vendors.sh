#!/bin/sh
# vendors.sh RESIDENCY — the vendor catalog (policies/vendors.rpl) keeps its
# promises (docs/vendors.md): at least 40 entries, each with a source URL
# and an "as of" date in the comment block right above it, every entry
# listed by `residency locations --provider vendor`, and every entry named
# in the table of docs/vendors.md.  Ends with "N passed, N failed".
set -u
bin=${1:-build/residency}
passed=0
failed=0
ok() { passed=$((passed + 1)); }
ko() { echo "FAIL: $*"; failed=$((failed + 1)); }

cat=policies/vendors.rpl
# entries without a source or an "as of" date in the comments above them
missing=$(awk '
	/^#/ { block = block "\n" $0; next }
	/^location vendor:/ {
		if (block !~ /# source: https?:\/\// || block !~ /as of [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]/)
			print $2
	}
	{ block = "" }
' "$cat")
if [ -n "$missing" ]; then ko "entries without a source or an as-of date: $missing"; else ok; fi

n=$(grep -c '^location vendor:' "$cat")
if [ "$n" -ge 40 ]; then ok; else ko "only $n vendor entries (at least 40 promised)"; fi

listed=$(NO_COLOR=1 "$bin" locations --provider vendor | grep -c '^vendor:')
if [ "$listed" -eq "$n" ]; then ok; else ko "residency locations lists $listed vendor entries, the catalog has $n"; fi

undocumented=$(sed -n 's/^location vendor:\([^ ]*\).*/\1/p' "$cat" | while read -r id; do
	grep -q "\`$id\`" docs/vendors.md || echo "$id"
done)
if [ -n "$undocumented" ]; then ko "entries missing from the table of docs/vendors.md: $undocumented"; else ok; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
