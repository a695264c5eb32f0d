$ residency check -f github tests/e2e/data/typo-plan.yaml
::error file=tests/e2e/data/typo-plan.yaml,line=2,col=5,title=residency::missing required key 'classes' in store 'eu-customers'
::error file=tests/e2e/data/typo-plan.yaml,line=3,col=15,title=residency::unknown location 'aws:eu-centrl-1'; did you mean 'aws:eu-central-1'?
::error file=tests/e2e/data/typo-plan.yaml,line=4,col=5,title=residency::unknown key 'clases' in store; did you mean 'classes'?
--- stderr
tests/e2e/data/typo-plan.yaml:2:5: error: missing required key 'classes' in store 'eu-customers'
    2 |   - name: eu-customers
      |     ^
tests/e2e/data/typo-plan.yaml:3:15: error: unknown location 'aws:eu-centrl-1'; did you mean 'aws:eu-central-1'?
    3 |     location: aws:eu-centrl-1
      |               ^~~~~~~~~~~~~~~
tests/e2e/data/typo-plan.yaml:4:5: error: unknown key 'clases' in store; did you mean 'classes'?
    4 |     clases: [personal]
      |     ^~~~~~
--- exit 2
