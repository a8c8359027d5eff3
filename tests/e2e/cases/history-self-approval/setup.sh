# self-approval: Dana edits the policy herself and approves it in the same commit (Approved-by: Dana on her own commit): a warning, exit 0.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
echo "Access is reviewed every quarter." >>policies/isp.md
commit "Review and approve POL-001" --trailer "Approved-by: Dana Whitfield <dana@example.com>"
