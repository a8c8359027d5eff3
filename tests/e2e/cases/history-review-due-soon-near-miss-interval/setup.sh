# Near miss of review-due-soon: the same approval of 2025-12-01 with review_interval: 24 months falls due on 2027-12-01: no finding.
standard_people
at 2025-11-30
good_policy policies/isp.md
sed -i 's/^approver: CEO/&\nreview_interval: 24 months/' policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2025-12-01
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
