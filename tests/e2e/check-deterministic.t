$ a=$(residency check -p examples/acme.rpl -f sarif examples/plan.yaml); b=$(residency check -p examples/acme.rpl -f sarif examples/plan.yaml); [ "$a" = "$b" ] && echo identical
identical
--- stderr
--- exit 0
