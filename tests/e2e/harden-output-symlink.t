$ d=$(mktemp -d); ln -s r.txt $d/link; echo old > $d/r.txt; residency check -q --as-of 2026-12-01 -o $d/link tests/e2e/data/adversarial/plan_unencrypted.yaml 2>$d/err; echo "exit $?"; sed "s|$d|DIR|" $d/err; rm $d/err; test -L $d/link && echo still a link; cat $d/r.txt; rm -rf $d
exit 0
residency: 0 errors, 0 warnings, 0 infos, 0 waived; 1 fact checked; as of 2026-12-01 (--as-of); report in DIR/link
still a link
0 errors, 0 warnings, 0 infos, 0 waived; 1 fact checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
