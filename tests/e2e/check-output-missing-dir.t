$ residency check -p examples/acme.rpl -o /nonexistent/dir/r.txt examples/plan.yaml
--- stderr
residency: error: cannot write '/nonexistent/dir/r.txt': No such file or directory
--- exit 2
