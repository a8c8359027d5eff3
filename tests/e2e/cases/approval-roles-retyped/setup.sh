# Attack: the pull request turns the roles document into a procedure approved by Developers, which no floor covers, and Alex approves it with his own key. The version in force was a roles document asking for the CEO: top management must approve the change.
ATTACK_ALSO=roles attack_base
sed -i 's/^approver: CEO/approver: Developer/; s/^type: roles/type: procedure/' $ISMS_ROLES
git add -A
signed alex commit -q -S -m "ROL-001: a procedure now" --trailer "Approved-by: Alex Kim <alex@example.com>"
