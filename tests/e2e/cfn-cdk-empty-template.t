$ residency check --as-of 2026-12-01 tests/corpus/cdk/aws_aws-cdk-cli_nested-assemblies
--- stderr
tests/corpus/cdk/aws_aws-cdk-cli_nested-assemblies/topLevelStack.template.json:1:1: error: empty document
    1 | 
      | ^
--- exit 2
