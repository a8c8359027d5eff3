# approval-stale follows the content through a rename: approved at policies/isp.md, moved with git mv, then edited by Sam: stale (not "never approved"), naming Sam's edit.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
as "Sam Ortiz" sam@example.com
at 2026-04-01
git mv policies/isp.md policies/information-security-policy.md
commit "Rename the policy file"
at 2026-05-10
echo "Access is reviewed every quarter." >>policies/information-security-policy.md
commit "Tighten access reviews"
