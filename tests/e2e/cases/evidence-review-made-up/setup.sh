# Attack: the pull request adds management-review minutes listing the CEO as attendee, written by Alex and approved by nobody: they are no evidence until top management who attended approves them.
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
