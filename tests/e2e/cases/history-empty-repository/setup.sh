# A new repository (git init, no commit) with an untracked policy: there is no history, so no approval: approval-missing, exit 1.
standard_people
good_policy policies/isp.md
