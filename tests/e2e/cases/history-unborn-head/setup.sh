# An unborn HEAD (git checkout --orphan) has no history, even though main holds an approval of the same content: the policy in the index is approval-missing.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
git checkout -q --orphan fresh
