# --staged: a staged edit of an approved policy can't be approved yet, so approval-stale is a note (exit 0); the unstaged bad edit on top is not what --staged lints.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
echo "Access is reviewed every quarter." >>policies/isp.md
git add policies/isp.md
sed -i 's/^id: POL-001/id: [unclosed/' policies/isp.md
