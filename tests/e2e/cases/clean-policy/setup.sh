# A repository whose one policy passes every rule once the CEO approved it.
good_policy policies/information-security-policy.md
commit "Add the information security policy"
approve policies/information-security-policy.md
