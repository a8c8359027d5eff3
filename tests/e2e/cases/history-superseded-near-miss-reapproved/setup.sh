# Near miss of history-superseded-version-restored: the restored v1 is approved again by the CEO. No finding.
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
sed -i '/^Exceptions are forbidden.$/d' policies/isp.md
commit "Restore the earlier text"
as "Dana Whitfield" dana@example.com
at 2026-05-02
commit "Approve POL-001 1.0 again" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
