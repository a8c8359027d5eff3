# Attack (found by the red team): Alex adds a procedure of his own (approver: Developer) and approves it; then he deletes the access policy POL-002 (approver: CEO) and rewrites his procedure as POL-002 with approver Developer, approving that too. The id carries the document on, and the version in force at its old path still asks for the CEO, beside the procedure's own: approver-role-mismatch.
attack_base
cat >policies/dev-notes.md <<'MD'
---
id: DEV-001
title: Developer notes
type: procedure
owner: Developer
version: "1.0"
approver: Developer
---

# Developer notes
MD
git add -A
signed alex commit -q -S -m "Add developer notes" --trailer "Approved-by: Alex Kim <alex@example.com>"
git rm -q policies/access.md
git show main:policies/access.md | sed 's/^approver: CEO/approver: Developer/; s/^version: "1.0"/version: "2.0"/' >policies/dev-notes.md
echo "Developers may grant themselves any access." >>policies/dev-notes.md
git add -A
GIT_AUTHOR_NAME="Sam Ortiz" GIT_AUTHOR_EMAIL=sam@example.com signed alex commit -q -S -m "Move POL-002" --trailer "Approved-by: Alex Kim <alex@example.com>"
