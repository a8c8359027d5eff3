# front-matter-field-invalid on attendees written as one string: the fix it suggests is a list of attendees, not of clause codes.
write reviews/2026-03-management-review.md <<'MD'
---
id: MR-2026
title: Management review 2026
type: review
owner: ISMS Lead
date: 2026-03-10
attendees: CEO, ISMS Lead
---

# Management review
MD
commit "Add a management review with attendees as one string"
