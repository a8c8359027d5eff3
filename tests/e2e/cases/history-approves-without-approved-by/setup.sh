# Near miss of an approval: a commit with an Approves: trailer but no Approved-by trailer approves nothing: approval-missing.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approves: policies/isp.md"
