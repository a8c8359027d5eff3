# A configuration given with -c from outside the repository is the operator's, trusted as given, even where the one in the repository isn't in force: here it turns the clause 5 repository-level rules back on, and their finding is on no file (a report's locations stay inside the repository), not on the operator's file.
good_policy policies/isp.md
commit "Add the policy"
approve policies/isp.md
printf 'review_interval: 6 months\n' >../operator.yml
