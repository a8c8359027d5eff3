# Near miss of history-superseded-restored-under-new-path: the CEO approves v1 again under its new path, and it is the version in force.
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
as "Sam Ortiz" sam@example.com
at 2026-04-01
echo "Exceptions are forbidden." >>policies/isp.md
commit "POL-001: no exceptions"
as "Dana Whitfield" dana@example.com
at 2026-04-02
commit "Approve POL-001 1.0 without exceptions" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
as "Sam Ortiz" sam@example.com
at 2026-05-01
git show HEAD~2:policies/isp.md >policies/isp-2025.md
git rm -q policies/isp.md
commit "Restore the earlier text under a new name"
as "Dana Whitfield" dana@example.com
at 2026-05-02
commit "Approve POL-001 1.0 again" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp-2025.md"
