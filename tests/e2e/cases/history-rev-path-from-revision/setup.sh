# --rev HEAD~1 with a PATH that exists in HEAD~1 but was renamed since: the PATH names a file of the linted revision, so its approval-missing is reported, exit 1.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
at 2026-03-02
git mv policies/isp.md policies/information-security-policy.md
commit "Rename the policy file"
