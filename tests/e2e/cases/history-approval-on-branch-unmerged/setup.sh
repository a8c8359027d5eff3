# Near miss of history-approval-on-branch-merged: an approval on a branch that was never merged is not in main's history: approval-missing on main.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
git checkout -q -b approval
as "Dana Whitfield" dana@example.com
at 2026-03-06
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
git checkout -q main
