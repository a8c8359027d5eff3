# --baseline naming a file that does not exist: exit 2, one line.
good_policy policies/isp.md
commit "Add a policy"
