# status --requirements on a repository without requirement notes: one line saying so (and what a requirement note is), exit 0.
good_policy policies/isp.md
commit "Add the policy"
