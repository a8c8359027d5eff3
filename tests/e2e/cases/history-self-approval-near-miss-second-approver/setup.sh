# Near miss of self-approval: Dana edits the policy and approves it with Sam as a second approver in the same commit; explain self-approval names a second approver as a fix: no finding.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
echo "Access is reviewed every quarter." >>policies/isp.md
commit "Review and approve POL-001" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approved-by: Sam Ortiz <sam@example.com>"
