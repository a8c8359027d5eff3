# --staged: an overdue management review can't be fixed by the commit being made, so the pre-commit hook that stages a draft procedure reports it as a note (exit 0); the same repository linted without --staged fails (exit 1).
isms_files
sed -i 's/^date: .*/date: 2025-11-21/' $ISMS_REVIEW
isms_commit
write policies/access-control.md <<'MD'
---
id: PRC-001
title: Access Control Procedure
type: procedure
owner: ISMS Lead
version: "0.1"
approver: ISMS Lead
status: draft
---

# Access Control Procedure
MD
git add policies/access-control.md
