# Attack: the pull request makes Developer a top-management role and approves an edit of the security policy with Alex's own registered key. In force, top management is the CEO, Managing Director and Board: trust-input-unapproved, and approver-not-top-management.
attack_base
printf 'top_management_roles: [Developer]\n' >>.clauselint.yml
echo "Exceptions need no approval." >>policies/isp.md
git add -A
signed alex commit -q -S -m "POL-001: exceptions" --trailer "Approved-by: Alex Kim <alex@example.com>"
