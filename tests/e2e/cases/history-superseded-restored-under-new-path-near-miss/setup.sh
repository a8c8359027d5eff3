# Near miss of history-superseded-restored-under-new-path: the CEO approves v1 again under its new path, and it is the version in force.
superseded_base
git show HEAD~2:policies/isp.md >policies/isp-2025.md
git rm -q policies/isp.md
commit "Restore the earlier text under a new name"
as "Dana Whitfield" dana@example.com
at 2026-05-02
commit "Approve POL-001 1.0 again" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp-2025.md"
