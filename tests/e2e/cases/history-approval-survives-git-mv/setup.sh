# An approval is of the content, not the path: approved, then moved by Sam with git mv to a new path (a rename, same blob): still approved, no finding.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
as "Sam Ortiz" sam@example.com
at 2026-04-01
mkdir -p policies/core
git mv policies/isp.md policies/core/information-security-policy.md
commit "Move the policy to policies/core"
