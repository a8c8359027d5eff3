# Attack: Alex first approves his own change of the procedure's approver to Developer (which doesn't count), then edits the procedure again and approves that with his key, hoping the first step set the bar. The bar is the version in force, approved by Sam.
ATTACK_ALSO=procedure attack_base
sed -i 's/^approver: ISMS Lead/approver: Developer/' policies/backup.md
git add -A
signed alex commit -q -S -m "PRO-001: developers approve it" --trailer "Approved-by: Alex Kim <alex@example.com>"
sed -i 's/once a quarter/when someone remembers/' policies/backup.md
git add -A
signed alex commit -q -S -m "PRO-001: restore when needed" --trailer "Approved-by: Alex Kim <alex@example.com>"
