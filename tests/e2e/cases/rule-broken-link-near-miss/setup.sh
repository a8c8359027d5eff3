# Near miss of broken-link: existing file, folder, web URL, #anchor, [[name]] without .md, [[document id]], existing image.
good_policy policies/isp.md
cat >>policies/isp.md <<'MD'

See the [access procedure](../procedures/access.md#scope), all [procedures](../procedures/),
the [standard](https://www.iso.org/standard/27001) and the [scope](#scope).
Incidents follow [[access]] and [[PRO-001|the access procedure]].
![Organisation chart](../assets/org-chart.png)

## Scope
MD
write procedures/access.md <<'MD'
---
id: PRO-001
title: Access Control Procedure
type: procedure
owner: IT Manager
version: "1.0"
approver: ISMS Lead
---
MD
mkdir -p assets
printf '\211PNG\r\n\032\n' >assets/org-chart.png
commit "Add a policy whose links all resolve"
