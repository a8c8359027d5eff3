# Attack: the pull request sets require_signature: false and forges Dana's Approved-by on an unsigned edit. The configuration in force still requires signatures: trust-input-unapproved on .clauselint.yml, and the approval is approval-unverified (not signed).
attack_base
sed -i 's/require_signature: true/require_signature: false/' .clauselint.yml
echo "Exceptions need no approval." >>policies/isp.md
commit "POL-001: exceptions" --trailer "Approved-by: Dana Whitfield <dana@example.com>"
