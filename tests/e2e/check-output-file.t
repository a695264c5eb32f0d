$ d=$(mktemp -d); residency check --as-of 2026-11-28 -p examples/acme.rpl -f json -o $d/r.json examples/plan.yaml 2>$d/err; echo "exit $?"; sed "s|$d|DIR|" $d/err; rm $d/err; head -c 120 $d/r.json; echo; ls $d; rm -rf $d
exit 1
residency: 3 errors, 0 warnings, 0 infos, 1 waived; 9 facts checked; as of 2026-11-28 (--as-of); report in DIR/r.json
{
  "tool": {"name": "residency", "version": "0.1.0"},
  "library": {"current_to": "2026-12-07"},
  "as_of": "2026-11-28
r.json
--- stderr
--- exit 0
