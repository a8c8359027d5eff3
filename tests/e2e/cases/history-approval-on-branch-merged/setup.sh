# An approval follows its content through a merge: the policy is revised by Sam and approved by Dana on a branch, merged into main with git merge --no-ff: approved on main, no finding.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
git checkout -q -b revise-isp
at 2026-03-05
echo "Access is reviewed every quarter." >>policies/isp.md
commit "Tighten access reviews"
as "Dana Whitfield" dana@example.com
at 2026-03-06
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
git checkout -q main
as "Sam Ortiz" sam@example.com
at 2026-03-07
write README.md <<'MD'
# Policies
MD
commit "Add a README"
at 2026-03-08
git merge -q --no-ff -m "Merge branch 'revise-isp'" revise-isp
