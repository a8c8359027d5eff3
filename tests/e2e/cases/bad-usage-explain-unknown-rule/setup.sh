# explain with a rule that does not exist is a usage error: exit 2, one line.
good_policy policies/isp.md
commit "Add the information security policy"
