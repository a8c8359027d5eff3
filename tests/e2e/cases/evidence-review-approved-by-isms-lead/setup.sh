# Attack: the minutes Alex wrote are approved by Sam, the ISMS Lead who owns them, signed. A management review needs the approval of top management who attended (approvals.required_approver: review).
evidence_base review
evidence_review
git add -A
git commit -q -m "Record the management review"
as_sam_signed "Approve MR-002" --trailer "Approves: records/management-review-2026-11.md"
