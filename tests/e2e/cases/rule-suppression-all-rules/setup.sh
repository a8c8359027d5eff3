# A suppression comment with no rule name suppresses every rule: disable-next-line, and a disable ... enable region.
write policies/isp.md <<'MD'
---
id: POL-001
title: Information Security Policy
type: policy
owner: ISMS Lead
version: "1.0"
approver: CEO
---

<!-- clauselint-disable-next-line -->
See the [draft procedure](../procedures/draft.md).

<!-- clauselint-disable -->
Also [[Draft Standard]].
<!-- clauselint-enable -->

See the [access procedure](../procedures/access.md).
MD
commit "Add a policy suppressing all rules"
