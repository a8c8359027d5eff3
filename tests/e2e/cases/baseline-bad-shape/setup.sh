# --baseline given a SARIF report instead of a json one: exit 2, one line.
good_policy policies/isp.md
commit "Add a policy"
