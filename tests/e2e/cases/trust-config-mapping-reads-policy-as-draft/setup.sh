# Attack: the pull request edits the security policy and adds a mapping
# that reads its `status: active` as a draft, whose approval rules wait.
# The configuration in force has no such mapping: trust-input-unapproved,
# and approval-stale.
attack_base
printf 'mapping:\n  values:\n    status: {active: draft}\n' >>.clauselint.yml
sed -i 's/^type: policy$/type: policy\nstatus: active/' policies/isp.md
echo "Exceptions need no approval." >>policies/isp.md
commit "POL-001: exceptions"
