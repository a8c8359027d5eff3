# Attack: the pull request moves the access policy and, in the same commit, names a Developer its approver; Alex approves it with his key. Its id carries on, so its bar is the version in force at the old path: the CEO.
attack_base
git mv policies/access.md policies/access-control.md
sed -i 's/^approver: CEO/approver: Developer/' policies/access-control.md
git add -A
signed alex commit -q -S -m "POL-002: developers approve it" --trailer "Approved-by: Alex Kim <alex@example.com>"
