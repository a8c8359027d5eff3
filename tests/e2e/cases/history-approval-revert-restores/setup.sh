# An approval is of the bytes: approved, edited by Sam (stale), then reverted by Sam to the approved bytes: the content is the approved blob again, no finding.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
as "Sam Ortiz" sam@example.com
at 2026-05-10
echo "Access is reviewed every quarter." >>policies/isp.md
commit "Tighten access reviews"
at 2026-05-11
git revert --no-edit HEAD
