# An unknown option is a usage error: exit 2, one line on stderr (not the whole help).
good_policy policies/isp.md
commit "Add the information security policy"
