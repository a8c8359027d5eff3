# --config naming a file that does not exist is an error: exit 2, one line.
good_policy policies/isp.md
commit "Add the information security policy"
