# Near miss of trust-people-adds-key-to-ceo: the key added to the CEO's signing_keys is her new laptop's, and Dana approves that registry (signed with her old key): from then on, her approval signed with the new key counts. No finding.
attack_base
keygen dana-laptop
sed -i "/^  - name: Dana Whitfield/,/^  - name: Sam/ s|^      - $(sed 's/[|&]/\\&/g' .git/keys/dana.pub)|&\n      - $(sed 's/[|&]/\\&/g' .git/keys/dana-laptop.pub)|" people.yml
grep -q "dana-laptop@laptop" people.yml
commit "Add Dana's new key"
at 2026-04-02
as_dana_signed "Approve the people registry" --trailer "Approves: people.yml"
echo "Exceptions are approved by the CEO." >>policies/isp.md
commit "POL-001: exceptions"
at 2026-04-03
GIT_AUTHOR_NAME="Dana Whitfield" GIT_AUTHOR_EMAIL=dana@example.com GIT_COMMITTER_NAME="Dana Whitfield" GIT_COMMITTER_EMAIL=dana@example.com \
	signed dana-laptop commit -q -S --allow-empty -m "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
