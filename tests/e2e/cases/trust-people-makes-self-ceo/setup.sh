# Attack: the pull request gives Alex the CEO role in people.yml and approves an edit of the security policy with his own registered key. The registry in force says he is a Developer: trust-input-unapproved on people.yml, and the approval is by nobody in top management.
attack_base
sed -i '/^  - name: Alex Kim/,$ s/roles: \[Developer\]/roles: [Developer, CEO]/' people.yml
grep -q "Developer, CEO" people.yml
commit "Update Alex's roles"
echo "Exceptions need no approval." >>policies/isp.md
git add -A
signed alex commit -q -S -m "POL-001: exceptions" --trailer "Approved-by: Alex Kim <alex@example.com>"
