# Near miss of history-superseded-version-restored: the restored v1 is approved again by the CEO. No finding.
superseded_base
sed -i '/^Exceptions are forbidden.$/d' policies/isp.md
commit "Restore the earlier text"
as "Dana Whitfield" dana@example.com
at 2026-05-02
commit "Approve POL-001 1.0 again" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
