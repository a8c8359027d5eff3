# --staged with a PATH checks the approvals of what it names, staged change or not: the untouched, never-approved procedure is an error, exit 1.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
as "Sam Ortiz" sam@example.com
at 2026-05-10
echo "Access is reviewed every quarter." >>policies/isp.md
commit "Tighten access reviews"
good_policy policies/access.md PRO-001
sed -i 's/^type: policy/type: procedure/; s/"5.2", //; s/^title: .*/title: Access Control Procedure/' policies/access.md
commit "Add the access control procedure"
as "Dana Whitfield" dana@example.com
at 2026-05-11
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
as "Sam Ortiz" sam@example.com
echo "Passwords are never shared." >>policies/isp.md
git add policies/isp.md
