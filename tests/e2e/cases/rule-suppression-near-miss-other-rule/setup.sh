# Near miss of suppression: comments naming another rule (or a near-miss name) do not hide unknown-clause or broken-link.
write policies/isp.md <<'MD'
---
id: POL-001
title: Information Security Policy
type: policy
owner: ISMS Lead
version: "1.0"
approver: CEO
clauses: ["5.4"]
---
<!-- clauselint-disable-file broken-link -->

<!-- clauselint-disable-next-line unknown-clause broken-links -->
See the [draft procedure](../procedures/draft.md).
MD
write policies/other.md <<'MD'
---
id: POL-002
title: Other Policy
type: policy
owner: ISMS Lead
version: "1.0"
approver: CEO
---

<!-- clauselint-disable-next-line unknown-clause broken-links -->
See the [draft procedure](../procedures/draft.md).
MD
commit "Add policies with suppressions of other rules"
