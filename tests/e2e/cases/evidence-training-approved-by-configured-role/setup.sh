# The configuration in force gives training records to the ISMS Lead (approvals.required_approver): Sam, who holds the role, approves the record Alex wrote with his signed commit, and it is evidence.
EVIDENCE_APPROVALS='  required_approver: {security-policy: top management, roles: top management, statement: top management, review: top management, resource-approval: top management, acknowledgement: top management, training: ISMS Lead}
' evidence_base training
evidence_training
git add -A
git commit -q -m "Record the CEO's training"
as_sam_signed "Approve TRN-002" --trailer "Approves: records/security-training-2026-11.md"
