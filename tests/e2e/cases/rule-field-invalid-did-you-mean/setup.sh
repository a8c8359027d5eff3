# front-matter-field-invalid says what another tool's value means here:
# status Approved is active, Superseded retired, review_interval Annual
# 12 months, version v1.0 1.0; and names the mapping that reads them so
# everywhere. The near miss: a status that means nothing known ('live')
# gets the plain message.
write policies/isp.md <<'MD'
---
id: POL-001
title: Information Security Policy
type: policy
owner: ISMS Lead
version: v1.0
approver: CEO
review_interval: Annual
status: Approved
---

# Information Security Policy
MD
write policies/old.md <<'MD'
---
id: POL-002
title: Old Policy
type: policy
owner: ISMS Lead
version: "1.0"
approver: CEO
status: live
---

# Old Policy
MD
commit "Add the policies"
