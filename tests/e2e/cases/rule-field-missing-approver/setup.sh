# front-matter-field-missing fires for a policy without 'approver' (error, exit 1).
write policies/isp.md <<'MD'
---
id: POL-001
title: Information Security Policy
type: policy
owner: ISMS Lead
version: "1.0"
clauses: ["5.2"]
---

# Information Security Policy
MD
commit "Add a policy without an approver"
