# Attack: the pull request moves Alex's key to the CEO's signing_keys (the registry is valid: a key belongs to one person), then approves an edit of the security policy as Dana, signed with that key. The registry in force doesn't list it: trust-input-unapproved on people.yml, and the approval is approval-unverified (its key is Alex's), in the pull-request check and in the whole lint.
attack_base
sed -i "/^  - name: Dana Whitfield/,/^  - name: Sam/ s|^      - $(sed 's/[|&]/\\&/g' .git/keys/dana.pub)|&\n      - $(sed 's/[|&]/\\&/g' .git/keys/alex.pub)|" people.yml
sed -i '/^  - name: Alex Kim/,$ { /signing_keys:/d; /alex@laptop/d }' people.yml
grep -A3 "name: Dana" people.yml | grep -q "alex@laptop"
grep -A3 "name: Alex" people.yml | grep -qv "alex@laptop"
commit "Add a key"
echo "Exceptions need no approval." >>policies/isp.md
git add -A
signed alex commit -q -S -m "POL-001: exceptions" --trailer "Approved-by: Dana Whitfield <dana@example.com>"
