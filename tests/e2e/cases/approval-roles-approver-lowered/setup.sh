# Attack: the pull request changes the roles document's approver from CEO to Developer, adds a RACI row granting developers production access, and Alex (Developer) approves it with his own registered key. The roles document needs top management whatever it names (approvals.required_approver), and the version in force asked for the CEO.
ATTACK_ALSO=roles attack_base
sed -i 's/^approver: CEO/approver: Developer/' $ISMS_ROLES
echo "| Grant developers production access            | I   | I         |" >>$ISMS_ROLES
git add -A
signed alex commit -q -S -m "ROL-001: developers get production access" --trailer "Approved-by: Alex Kim <alex@example.com>"
