# <!-- clauselint-disable-file unknown-clause --> in the body hides every unknown-clause finding of the file, front matter included (exit 0).
write policies/isp.md <<'MD'
---
id: POL-001
title: Information Security Policy
type: policy
owner: ISMS Lead
version: "1.0"
approver: CEO
clauses: ["5.2", "5.4", "A.9.2.3"]
---
<!-- clauselint-disable-file unknown-clause -->

# Information Security Policy
MD
commit "Add a policy that suppresses unknown-clause"
