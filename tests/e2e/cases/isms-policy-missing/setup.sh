# policy-missing: the policy claims only A.5.1, not clause 5.2, so the repository has no information security policy.
isms_files
sed -i 's/^clauses: .*/clauses: ["A.5.1"]/' $ISMS_POLICY
isms_commit
