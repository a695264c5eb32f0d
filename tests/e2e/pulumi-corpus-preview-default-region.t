$ residency check --as-of 2026-12-01 --default-region aws=eu-west-1 --classes tests/tfstate/personal.classes.yaml tests/corpus/pulumi/dundalek_stratify_pulumi-preview-creates.json
0 errors, 0 warnings, 0 infos, 0 waived; 1 fact checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
