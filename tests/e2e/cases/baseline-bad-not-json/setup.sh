# --baseline with a truncated json report: exit 2, one line saying where the JSON breaks off.
good_policy policies/isp.md
commit "Add a policy"
