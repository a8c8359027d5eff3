# Near miss of front-matter-field-missing: a record needs no approver or version, only id, title, type, owner, date.
good_policy policies/isp.md
write records/2026-01-incident-drill.md <<'MD'
---
id: REC-001
title: Incident response drill
type: record
owner: ISMS Lead
date: 2026-01-10
---

# Incident response drill
MD
commit "Add a policy and a record"
