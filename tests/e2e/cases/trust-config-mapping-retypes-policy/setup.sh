# Attack: the pull request edits the security policy and maps its type
# to a record (which needs no approval of its content) and its key
# `clauses` away. The configuration in force reads it as it was:
# trust-input-unapproved, and approval-stale.
attack_base
printf 'mapping:\n  keys: {clauses: framework}\n  values:\n    type: {policy: record}\n' >>.clauselint.yml
echo "Exceptions need no approval." >>policies/isp.md
commit "POL-001: exceptions"
