# A superseded version comes back: the CEO approved v1, then v2 ("Exceptions are forbidden"); Sam restores v1's bytes. v1's approval was superseded by the later one of v2: approval-stale, saying so.
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
