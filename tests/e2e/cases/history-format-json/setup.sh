# --format json on history findings: approval-stale (error) and self-approval (warning) with rule, severity, path, line, column, message, clause, framework.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
good_policy policies/access.md PRO-001
sed -i 's/^type: policy/type: procedure/; s/"5.2", //; s/^title: .*/title: Access Control Procedure/' policies/access.md
commit "Add and approve the access control procedure" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
as "Sam Ortiz" sam@example.com
at 2026-05-10
echo "Access is reviewed every quarter." >>policies/isp.md
commit "Tighten access reviews"
