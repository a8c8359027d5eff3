# Near miss: the minutes are approved by Dana, the CEO who attended, with her signed commit: the management review counts.
evidence_base review
evidence_review
git add -A
git commit -q -m "Record the management review"
as_dana_signed "Approve MR-002" --trailer "Approves: records/management-review-2026-11.md"
