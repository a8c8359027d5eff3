# policy-not-communicated: the policy is at version 1.1 and the acknowledgements cover only 1.0; the message says which version they cover (and the CEO has not acknowledged 1.1: management-training-exempt).
isms_files
sed -i 's/^version: "1.0"/version: "1.1"/' $ISMS_POLICY
isms_commit
