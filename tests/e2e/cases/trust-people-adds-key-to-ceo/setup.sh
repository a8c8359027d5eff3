# Attack: the pull request adds Alex's key to the CEO's signing_keys, then approves an edit of the security policy as Dana, signed with that key. The registry in force doesn't list it: trust-input-unapproved on people.yml, and the approval is approval-unverified (its key is Alex's), in the pull-request check and in the whole lint.
attack_base
sed -i "/^  - name: Dana Whitfield/,/^  - name: Sam/ s|^      - $(sed 's/[|&]/\\&/g' .git/keys/dana.pub)|&\n      - $(sed 's/[|&]/\\&/g' .git/keys/alex.pub)|" people.yml
grep -c "alex@laptop" people.yml | grep -qx 2
commit "Add a key"
echo "Exceptions need no approval." >>policies/isp.md
git add -A
signed alex commit -q -S -m "POL-001: exceptions" --trailer "Approved-by: Dana Whitfield <dana@example.com>"
