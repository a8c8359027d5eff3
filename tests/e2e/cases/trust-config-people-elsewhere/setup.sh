# Attack: the pull request points people: at a registry of its own, where Alex is the CEO, and approves an edit with his key. The configuration in force reads people.yml: trust-input-unapproved on .clauselint.yml, and approver-not-top-management.
attack_base
sed 's/roles: \[Developer\]/roles: [CEO]/; /^  - name: Dana Whitfield/,/^  - name: Sam/ d' people.yml >team.yml
printf 'people: team.yml\n' >>.clauselint.yml
echo "Exceptions need no approval." >>policies/isp.md
git add -A
signed alex commit -q -S -m "POL-001: exceptions" --trailer "Approved-by: Alex Kim <alex@example.com>"
