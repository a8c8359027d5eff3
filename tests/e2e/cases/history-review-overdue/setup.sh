# review-overdue: the policy was last approved on 2025-01-10; with the default 12 months its review was due on 2026-01-10, overdue on 2026-11-22.
standard_people
at 2025-01-09
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2025-01-10
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
