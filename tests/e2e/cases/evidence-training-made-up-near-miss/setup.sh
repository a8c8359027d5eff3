# Near miss: the training record Alex wrote is approved by Dana (top management, whom required_approver gives training records by default) with her signed commit: it is evidence, and the CEO is trained.
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
as_dana_signed "Approve TRN-002" --trailer "Approves: records/security-training-2026-11.md"
