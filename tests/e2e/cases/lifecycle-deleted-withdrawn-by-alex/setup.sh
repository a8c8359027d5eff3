# Attack: Alex deletes the access policy and then approves its withdrawal himself (Withdraws: trailer, signed with his key). The version in force asked for the CEO: no withdrawal.
attack_base
git rm -q policies/access.md
git commit -q -m "Remove the access policy"
signed alex commit -q -S --allow-empty -m "Withdraw POL-002" --trailer "Approved-by: Alex Kim <alex@example.com>" --trailer "Withdraws: policies/access.md"
