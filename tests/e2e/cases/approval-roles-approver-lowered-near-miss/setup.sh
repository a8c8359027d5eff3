# Near miss: the same change of the roles document, approved by Dana (CEO) with her signed commit, is accepted.
ATTACK_ALSO=roles attack_base
sed -i 's/^approver: CEO/approver: Developer/' $ISMS_ROLES
echo "| Grant developers production access            | I   | I         |" >>$ISMS_ROLES
git add -A
git commit -q -m "ROL-001: developers get production access"
as_dana_signed "Approve ROL-001" --trailer "Approves: $ISMS_ROLES"
