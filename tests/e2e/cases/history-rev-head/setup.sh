# --rev HEAD lints the committed tree, not the working tree: the approved policy is edited in the working tree only, so --rev HEAD finds nothing stale.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
echo "Access is reviewed every quarter." >>policies/isp.md
