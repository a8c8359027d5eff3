# Attack: the training record Alex wrote names him its owner (owner: Developer) and he approves it with his own key. A record's owner is written by whoever writes it: it is no bar; training records need top management (approvals.required_approver).
evidence_base training
write records/security-training-2026-11.md <<'MD'
---
id: TRN-002
title: Security awareness training, November
type: training
owner: Developer
date: 2026-11-01
---

| Person         | Date       |
| -------------- | ---------- |
| Dana Whitfield | 2026-11-01 |
MD
git add -A
signed alex commit -q -S -m "Record the CEO's training" --trailer "Approved-by: Alex Kim <alex@example.com>"
