# Near miss of unknown-clause: "A.5.4", "5.2" and "9.3.2" are all in the 2022 catalogue.
write policies/isp.md <<'MD'
---
id: POL-001
title: Information Security Policy
type: policy
owner: ISMS Lead
version: "1.0"
approver: CEO
clauses: ["A.5.4", "5.2", "9.3.2"]
---
MD
commit "Add a policy claiming valid codes"
