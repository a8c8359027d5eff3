# Near miss of trust-mailmap-maps-alex-to-ceo: Dana's second address, mapped in .mailmap and approved by her: her approval under that address counts as hers. No finding.
attack_base
sed -i 's/require_signature: true/require_signature: false/' .clauselint.yml
echo "Dana Whitfield <dana@example.com> <ceo@example.com>" >.mailmap
git add -A
at 2026-04-02
as_dana_signed "Approve the configuration and the .mailmap" --trailer "Approves: .clauselint.yml" --trailer "Approves: .mailmap"
as "Alex Kim" alex@example.com
echo "Exceptions are approved by the CEO." >>policies/isp.md
commit "POL-001: exceptions"
at 2026-04-03
GIT_AUTHOR_NAME="Dana W." GIT_AUTHOR_EMAIL=ceo@example.com GIT_COMMITTER_NAME="Dana W." GIT_COMMITTER_EMAIL=ceo@example.com \
	git commit -q --allow-empty -m "Approve POL-001 1.0" --trailer "Approved-by: Dana W. <ceo@example.com>" --trailer "Approves: policies/isp.md"
