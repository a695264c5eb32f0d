$ d=$(mktemp -d); cp tests/e2e/data/adversarial/messy.rpl.txt $d/real.rpl; ln -s real.rpl $d/link.rpl; residency fmt -w $d/link.rpl; echo "exit $?"; test -L $d/link.rpl && echo still a link; cat $d/real.rpl; rm -rf $d
exit 0
still a link
class c
--- stderr
--- exit 0
