# unknown-clause fires on "5.4" (no such clause) and "A.9.2.3" (a 2013 control), each on its own line.
write policies/isp.md <<'MD'
---
id: POL-001
title: Information Security Policy
type: policy
owner: ISMS Lead
version: "1.0"
approver: CEO
clauses:
  - "5.2"
  - "5.4"
  - "A.9.2.3"
---
MD
commit "Add a policy claiming codes not in ISO 27001:2022"
