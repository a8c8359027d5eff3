# A superseded version comes back under another path: the CEO approved v1, then v2 ("Exceptions are forbidden"); Sam removes the policy and adds v1's bytes as policies/isp-2025.md. Its id, POL-001, carries the document on, and v1's approval stays superseded by the later one of v2: approval-stale, saying so.
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
