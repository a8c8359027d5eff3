# Near miss: Sam (ISMS Lead) approves the procedure's new approver, Developer, with his signed commit; from then on the version in force asks for a Developer, and Alex's signed approval of Sam's next edit counts.
ATTACK_ALSO=procedure attack_base
sed -i 's/^approver: ISMS Lead/approver: Developer/' policies/backup.md
git add -A
git commit -q -m "PRO-001: developers approve it"
GIT_AUTHOR_NAME="Sam Ortiz" GIT_AUTHOR_EMAIL=sam@example.com GIT_COMMITTER_NAME="Sam Ortiz" GIT_COMMITTER_EMAIL=sam@example.com \
	signed sam commit -q -S --allow-empty -m "Approve PRO-001" --trailer "Approved-by: Sam Ortiz <sam@example.com>" --trailer "Approves: policies/backup.md"
sed -i 's/once a quarter/once a month/' policies/backup.md
git add -A
GIT_AUTHOR_NAME="Sam Ortiz" GIT_AUTHOR_EMAIL=sam@example.com GIT_COMMITTER_NAME="Sam Ortiz" GIT_COMMITTER_EMAIL=sam@example.com \
	git commit -q -m "PRO-001: restore monthly"
signed alex commit -q -S --allow-empty -m "Approve PRO-001" --trailer "Approved-by: Alex Kim <alex@example.com>" --trailer "Approves: policies/backup.md"
