# A merge commit carrying Approved-by approves what the merge brings in: Sam revises the policy on a branch, Dana merges it into main with the trailer: approved, and not self-approved (Sam made the change).
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
git checkout -q -b revise-isp
at 2026-03-05
echo "Access is reviewed every quarter." >>policies/isp.md
commit "Tighten access reviews"
git checkout -q main
at 2026-03-07
write README.md <<'MD'
# Policies
MD
commit "Add a README"
as "Dana Whitfield" dana@example.com
at 2026-03-08
git merge -q --no-ff -m "Merge branch 'revise-isp'" -m "Approved-by: Dana Whitfield <dana@example.com>" revise-isp
