# Attack: the pull request switches the approval rules off in .clauselint.yml and edits the security policy. The configuration in force has them on: trust-input-unapproved, and approval-stale.
attack_base
printf '  approval-stale: off\n  approval-missing: off\n  approval-unverified: off\n  trust-input-unapproved: off\n' >>.clauselint.yml
echo "Exceptions need no approval." >>policies/isp.md
commit "POL-001: exceptions"
