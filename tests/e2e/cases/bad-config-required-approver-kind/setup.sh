# approvals.required_approver keys the kinds of approved document; a kind clauselint doesn't know is a configuration error: exit 2, one line naming the known kinds.
good_policy policies/isp.md
printf 'approvals:\n  required_approver:\n    policies: CEO\n' >.clauselint.yml
commit "Add a policy and a configuration with a misspelt kind"
