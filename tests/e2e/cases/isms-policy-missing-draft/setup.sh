# policy-missing: the only policy claiming 5.2 is a draft; the message says so and what to do.
isms_files
sed -i 's/^clauses: \(.*\)/clauses: \1\nstatus: draft/' $ISMS_POLICY
isms_commit
