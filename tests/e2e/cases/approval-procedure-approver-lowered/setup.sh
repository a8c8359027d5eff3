# Attack: the pull request changes a procedure's approver from ISMS Lead to Developer, weakens it, and Alex (Developer) approves it with his own key. The version in force asked for the ISMS Lead, and only they can lower that.
ATTACK_ALSO=procedure attack_base
sed -i 's/^approver: ISMS Lead/approver: Developer/; s/once a quarter/when someone remembers/' policies/backup.md
git add -A
signed alex commit -q -S -m "PRO-001: restore when needed" --trailer "Approved-by: Alex Kim <alex@example.com>"
