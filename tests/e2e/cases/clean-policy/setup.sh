# A repository whose one policy passes every document rule.
good_policy policies/information-security-policy.md
commit "Add the information security policy"
