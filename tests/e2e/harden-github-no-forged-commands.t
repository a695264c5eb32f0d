$ residency check --as-of 2026-12-01 -f github -p tests/e2e/data/adversarial/inject.rpl tests/e2e/data/adversarial/plan_inject.yaml
::error file=tests/e2e/data/adversarial/plan_inject.yaml,line=2,col=5,title=r::bad%0A::error file=x,line=1::forged annotation%0A::stop-commands::tok (s%0A::warning::forged from the plan)%0Arule: T%0Aclasses: personal%0Astore: DE%0Afailed: require false%0Apolicy: tests/e2e/data/adversarial/inject.rpl:3
residency: 1 error, 0 warnings, 0 infos, 0 waived; 1 fact checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 1
