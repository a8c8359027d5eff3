# approval-stale: an approved policy edited in the working tree only (not committed) is stale; the message says the change is not committed yet.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
echo "Access is reviewed every quarter." >>policies/isp.md
