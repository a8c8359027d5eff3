# --now with a day that does not exist (2026-02-30) is a usage error: exit 2, one line.
good_policy policies/isp.md
commit "Add the information security policy"
