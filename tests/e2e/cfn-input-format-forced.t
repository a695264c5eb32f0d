$ residency check --as-of 2026-12-01 --input-format terraform tests/cfn/orders.yaml
--- stderr
tests/cfn/orders.yaml:1:1: error: invalid JSON: '[' or '{' expected near '#'
    1 | # A CloudFormation template written for the tests in the shape of the
      | ^
--- exit 2
