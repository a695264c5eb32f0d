$ residency check --as-of 2026-12-01 --region eu-west-1 --classes tests/classes/cdk-stacks.classes.yaml tests/corpus/cdk/awslabs_aws-solutions-constructs_restaurant-demo
tests/corpus/cdk/awslabs_aws-solutions-constructs_restaurant-demo/ExistingResourcesStack.template.json: warning: [unused-classes-entry] --classes entry 'NoSuchStack/*' (tests/classes/cdk-stacks.classes.yaml:11:12) matches no resource of the plan (NoSuchStack/*)
tests/corpus/cdk/awslabs_aws-solutions-constructs_restaurant-demo/ExistingResourcesStack.template.json: warning: [unused-waiver] waiver of unclassified for NoSuchLogGroup matched no violation: no store or flow is named NoSuchLogGroup (NoSuchLogGroup)
    waiver: rule unclassified, target NoSuchLogGroup, expires 2027-01-31
tests/corpus/cdk/awslabs_aws-solutions-constructs_restaurant-demo/ExistingResourcesStack.template.json:3:3: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (existingorderarchivebucket95AB7C99)
tests/corpus/cdk/awslabs_aws-solutions-constructs_restaurant-demo/KitchenStaffStack.template.json:353:3: waived warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (kitchenstaffapiApiAccessLogGroup30DB1160)
    waived: API access logs hold no customer data (PRIV-50) (expires 2027-01-31)
tests/corpus/cdk/awslabs_aws-solutions-constructs_restaurant-demo/ManagerStack.template.json:807:3: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (calculatetipstopicSnsTopicD7FACC9C)
tests/corpus/cdk/awslabs_aws-solutions-constructs_restaurant-demo/ManagerStack.template.json:1130:3: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (closeoutserviceStateMachineLogGroup56CA2C8F)
tests/corpus/cdk/awslabs_aws-solutions-constructs_restaurant-demo/ManagerStack.template.json:1784:3: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (managerapiApiAccessLogGroup35F9537B)
tests/corpus/cdk/awslabs_aws-solutions-constructs_restaurant-demo/ManagerStack.template.json:2716:3: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (checklateordersnotifierSnsTopic2055CAD8)
tests/corpus/cdk/awslabs_aws-solutions-constructs_restaurant-demo/ServiceStaffStack.template.json:353:3: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (servicestaffapiApiAccessLogGroupF2EF9693)
0 errors, 8 warnings, 0 infos, 1 waived; 3 facts checked in 6 plans; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
