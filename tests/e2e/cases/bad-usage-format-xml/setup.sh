# An unsupported --format is a usage error: exit 2, one line naming the formats.
good_policy policies/isp.md
commit "Add the information security policy"
