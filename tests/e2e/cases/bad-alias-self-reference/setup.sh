# An alias that contains itself (&a [*a]) is a front-matter-invalid finding, not a hang or a crash.
write policies/isp.md <<'MD'
---
id: POL-001
title: Information Security Policy
type: policy
owner: ISMS Lead
version: "1.0"
approver: CEO
clauses: &a [*a]
---

# Information Security Policy
MD
commit "Add a policy with a recursive alias"
