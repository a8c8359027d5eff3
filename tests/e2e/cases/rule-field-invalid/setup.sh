# front-matter-field-invalid fires on a bad version, type, date, review_interval and a scalar clauses, each at its key's line.
write policies/isp.md <<'MD'
---
id: POL-001
title: Information Security Policy
type: policy
owner: ISMS Lead
version: v1
approver: CEO
review_interval: yearly
clauses: "5.2"
---

# Information Security Policy
MD
write procedures/access.md <<'MD'
---
id: PRO-001
title: Access Control Procedure
type: proceedure
owner: IT Manager
version: "1.0"
approver: ISMS Lead
---
MD
write records/drill.md <<'MD'
---
id: REC-001
title: Incident response drill
type: record
owner: ISMS Lead
date: 2026-02-30
---
MD
commit "Add documents with malformed values"
