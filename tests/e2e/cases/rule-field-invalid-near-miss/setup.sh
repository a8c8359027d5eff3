# Near miss of front-matter-field-invalid: version 1.2.3, a real date, '6 months', a list of clauses, status draft are all valid.
write policies/isp.md <<'MD'
---
id: POL-001
title: Information Security Policy
type: policy
owner: ISMS Lead
version: 1.2.3
approver: CEO
review_interval: 6 months
approved: 2026-01-15
status: draft
clauses:
  - "5.2"
  - "A.5.1"
---

# Information Security Policy
MD
write records/drill.md <<'MD'
---
id: REC-001
title: Incident response drill
type: record
owner: ISMS Lead
date: 2024-02-29
---
MD
commit "Add documents with well-formed values"
