# Near miss of review-overdue: approved on 2025-01-10 and, unchanged, approved again on 2026-02-01 by an empty Approves: commit; the newest approval counts: no finding.
standard_people
at 2025-01-09
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2025-01-10
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
at 2026-02-01
commit "Review POL-001 1.0: no change" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
