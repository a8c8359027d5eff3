# review-due-soon: approved on 2025-12-01, the review falls due on 2026-12-01, within the default 30 days of 2026-11-22: a note, exit 0.
standard_people
at 2025-11-30
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2025-12-01
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
