# A key written twice in front matter is front-matter-invalid at the second occurrence.
write policies/isp.md <<'MD'
---
id: POL-001
title: Information Security Policy
type: policy
owner: ISMS Lead
version: "1.0"
approver: CEO
id: POL-002
---

# Information Security Policy
MD
commit "Add a policy with id twice"
