# --requirements belongs to status: check --requirements is a usage error, exit 2, with one line on standard error.
good_policy policies/isp.md
commit "Add the policy"
