# --baseline with a report of another version: exit 2, one line.
good_policy policies/isp.md
commit "Add a policy"
