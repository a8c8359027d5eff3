# Attack: the pull request adds a training record naming the CEO, written by Alex (Developer) and approved by nobody. Records are evidence only when approved: management-training-exempt says which record and who must approve it.
evidence_base training
write records/security-training-2026-11.md <<'MD'
---
id: TRN-002
title: Security awareness training, November
type: training
owner: ISMS Lead
date: 2026-11-01
---

| Person         | Date       |
| -------------- | ---------- |
| Dana Whitfield | 2026-11-01 |
MD
git add -A
git commit -q -m "Record the CEO's training"
