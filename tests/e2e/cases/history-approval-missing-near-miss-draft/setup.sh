# Near miss of approval-missing: the same never-approved policy with status: draft is exempt from the approval rules.
standard_people
at 2026-03-01
good_policy policies/isp.md
sed -i 's/^approver: CEO/&\nstatus: draft/' policies/isp.md
commit "Add a draft of the information security policy"
