# policy-not-communicated: no acknowledgement record at all; the CEO has then not acknowledged the policy either (management-training-exempt).
isms_files
rm $ISMS_ACK
isms_commit
