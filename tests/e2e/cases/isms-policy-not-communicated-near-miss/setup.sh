# policy-not-communicated near miss: the policy at version 1.1 with acknowledgements of 1.0 and of 1.1.
isms_files
sed -i 's/^version: "1.0"/version: "1.1"/' $ISMS_POLICY
sed 's/1\.0/1.1/; s/2026-03-0/2026-03-1/' $ISMS_ACK | write records/acknowledgement-POL-001-1.1.md
ISMS_APPROVED_RECORDS="$ISMS_APPROVED_RECORDS records/acknowledgement-POL-001-1.1.md"
isms_commit
