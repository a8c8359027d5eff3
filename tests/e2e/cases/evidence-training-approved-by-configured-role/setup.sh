# The configuration in force gives training records to the ISMS Lead (approvals.required_approver): Sam, who holds the role, approves the record Alex wrote with his signed commit, and it is evidence.
EVIDENCE_APPROVALS='  required_approver: {security-policy: top management, roles: top management, statement: top management, review: top management, resource-approval: top management, acknowledgement: top management, training: ISMS Lead}
' evidence_base training
write records/security-training-2026-11.md <<'MD'
---
id: TRN-002
title: Security awareness training, November
type: training
owner: ISMS Lead
date: 2026-11-01
---

| Person         | Date       |
| -------------- | ---------- |
| Dana Whitfield | 2026-11-01 |
MD
git add -A
git commit -q -m "Record the CEO's training"
as_sam_signed "Approve TRN-002" --trailer "Approves: records/security-training-2026-11.md"
