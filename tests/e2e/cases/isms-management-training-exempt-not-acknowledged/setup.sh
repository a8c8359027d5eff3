# management-training-exempt: the policy is at 1.1; the CEO acknowledged 1.0, and only the ISMS Lead has acknowledged 1.1.
isms_files
sed -i 's/^version: "1.0"/version: "1.1"/' $ISMS_POLICY
sed 's/1\.0/1.1/; /^| Dana Whitfield/d' $ISMS_ACK | write records/acknowledgement-POL-001-1.1.md
ISMS_APPROVED_RECORDS="$ISMS_APPROVED_RECORDS records/acknowledgement-POL-001-1.1.md"
isms_commit
