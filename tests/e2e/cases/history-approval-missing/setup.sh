# approval-missing: an active policy committed by Sam with no Approved-by commit anywhere in its history is an error.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
