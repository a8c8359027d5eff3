# The training record on main names the CEO but was never approved; the pull request only adds a procedure. The finding sits on the training record (where the fix is), yet it is about the repository: neither --changed-since nor a PATH naming another document leaves it out, as neither did when it sat on the configuration.
evidence_base training
evidence_training
git add -A
git commit -q -m "Record the CEO's training"
git checkout -q main
git merge -q --ff-only change
git checkout -q change
write procedures/backup.md <<'MD'
---
id: PRO-010
title: Backup Procedure
type: procedure
owner: IT Manager
version: "1.0"
approver: IT Manager
clauses: ["A.8.13"]
---

# Backup Procedure

Backups run nightly and are tested every quarter.
MD
git add -A
git commit -q -m "Add the backup procedure"
