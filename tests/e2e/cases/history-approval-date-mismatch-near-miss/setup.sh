# Near miss of approval-date-mismatch: approved: 2026-03-01 matches the day Dana approved this content: no finding.
standard_people
at 2026-02-20
good_policy policies/isp.md
sed -i 's/^approver: CEO/&\napproved: 2026-03-01/' policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-01
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
