# Near miss: the minutes are approved by Dana, the CEO who attended, with her signed commit: the management review counts.
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
as_dana_signed "Approve MR-002" --trailer "Approves: records/management-review-2026-11.md"
