# A YAML syntax error in the front matter is front-matter-invalid at the bad line (exit 1), not a crash.
write policies/isp.md <<'MD'
---
id: POL-001
title: [unclosed
type: policy
---

# Policy
MD
commit "Add a policy with broken YAML"
