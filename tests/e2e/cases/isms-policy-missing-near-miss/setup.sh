# policy-missing near miss: the policy claims A.5.1 and 5.2, written unquoted (YAML would read 5.2 as a number), and is in force.
isms_files
sed -i 's/^clauses: .*/clauses: [A.5.1, 5.2]/' $ISMS_POLICY
isms_commit
