# Near miss of an approval: "Approved-by:" in the body of a message whose last paragraph is prose is no git trailer: approval-missing.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" -m "Approved-by: Dana Whitfield <dana@example.com>
Approves: policies/isp.md" -m "To be signed at the next board meeting."
