$ d=$(mktemp -d); residency check -p examples/acme.rpl -f json -o $d/r.json examples/plan.yaml; echo "exit $?"; head -c 120 $d/r.json; echo; ls $d; rm -rf $d
exit 1
{
  "tool": {"name": "residency", "version": "0.1.0"},
  "library": {"current_to": "2026-12-07"},
  "as_of": "2026-11-28
r.json
--- stderr
--- exit 0
