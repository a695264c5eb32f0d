$ d=$(mktemp -d); echo 'policy: [a.rpl]' > $d/.residency.yaml; echo 'polcy: [b.rpl]' >> $d/.residency.yaml; cd $d; residency check plan.yaml; echo "exit $?"; cd /; rm -rf $d
exit 2
--- stderr
.residency.yaml:2:1: error: invalid configuration: Unexpected key: polcy
    2 | polcy: [b.rpl]
      | ^
--- exit 0
