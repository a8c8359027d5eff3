# Attack: the minutes Alex wrote are approved by Sam, the ISMS Lead who owns them, signed. A management review needs the approval of top management who attended (approvals.required_approver: review).
evidence_base review
write records/management-review-2026-11.md <<'MD'
---
id: MR-002
title: Management review, November
type: review
owner: ISMS Lead
date: 2026-11-01
attendees: [Dana Whitfield, Sam Ortiz]
---

# Management review

All targets met.
MD
git add -A
git commit -q -m "Record the management review"
as_sam_signed "Approve MR-002" --trailer "Approves: records/management-review-2026-11.md"
