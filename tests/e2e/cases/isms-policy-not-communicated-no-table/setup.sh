# policy-not-communicated: an acknowledgement record that lists people in a bullet list, not a Person | Date table, records nobody: a finding on the record, and the policy is not communicated (nor acknowledged by the CEO: management-training-exempt).
isms_files
sed -i '/^| /d' $ISMS_ACK
printf -- '- Dana Whitfield, 2026-03-04\n- Sam Ortiz, 2026-03-05\n' >>$ISMS_ACK
isms_commit
