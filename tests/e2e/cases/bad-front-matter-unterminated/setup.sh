# Front matter opened with --- and never closed is front-matter-invalid on line 1.
write policies/isp.md <<'MD'
---
id: POL-001
title: Information Security Policy
type: policy

# Information Security Policy

The closing line was forgotten.
MD
commit "Add a policy whose front matter is never closed"
