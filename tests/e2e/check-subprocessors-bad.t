$ residency check tests/e2e/data/subprocessors-bad.yaml
--- stderr
tests/e2e/data/subprocessors-bad.yaml:9:9: error: missing required key 'location' in subprocessor 'Y'
    9 |       - {name: Y}
      |         ^
tests/e2e/data/subprocessors-bad.yaml:10:33: error: unknown key 'purpose' in subprocessor
   10 |       - {name: Z, location: US, purpose: hosting}
      |                                 ^~~~~~~
tests/e2e/data/subprocessors-bad.yaml:11:9: error: expected a subprocessor (a mapping with name and location)
   11 |       - Q
      |         ^
tests/e2e/data/subprocessors-bad.yaml:7:16: error: duplicate subprocessor name 'AWS'
    7 |       - {name: AWS, location: US}
      |                ^~~
tests/e2e/data/subprocessors-bad.yaml:6:16: note: 'AWS' first declared here
    6 |       - {name: AWS, location: aws:eu-central-1}
      |                ^~~
tests/e2e/data/subprocessors-bad.yaml:8:42: error: subprocessor 'X' receives class 'health', which store 'crm' does not hold
    8 |       - {name: X, location: US, classes: [health]}
      |                                          ^
tests/e2e/data/subprocessors-bad.yaml:15:20: error: expected a list of subprocessors
   15 |     subprocessors: x
      |                    ^
--- exit 2
