# Near miss of review-overdue: the same approval of 2025-01-10 with review_interval: 24 months is due on 2027-01-10, more than 30 days away: no finding.
standard_people
at 2025-01-09
good_policy policies/isp.md
sed -i 's/^approver: CEO/&\nreview_interval: 24 months/' policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2025-01-10
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
