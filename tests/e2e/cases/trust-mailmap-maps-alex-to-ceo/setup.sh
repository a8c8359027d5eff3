# Attack, with signatures off (approved so on main): the pull request adds a .mailmap line mapping Alex's e-mail to Dana's, so that his own Approved-by would count as hers. The .mailmap in force has no such line: trust-input-unapproved on .mailmap, and the approval is Alex's, not top management's.
attack_base
sed -i 's/require_signature: true/require_signature: false/' .clauselint.yml
git add -A
as_dana_signed "Stop requiring signatures" --trailer "Approves: .clauselint.yml"
as "Alex Kim" alex@example.com
echo "Dana Whitfield <dana@example.com> <alex@example.com>" >.mailmap
echo "Exceptions need no approval." >>policies/isp.md
commit "POL-001: exceptions" --trailer "Approved-by: Alex Kim <alex@example.com>"
