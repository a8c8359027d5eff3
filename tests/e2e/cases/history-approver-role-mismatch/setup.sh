# approver-role-mismatch: a procedure whose front matter says approver: CEO, written by Dana and approved only by Sam (IT Manager, ISMS Lead), is an error.
standard_people
as "Dana Whitfield" dana@example.com
at 2026-03-01
good_policy policies/access.md PRO-001
sed -i 's/^type: policy/type: procedure/; s/"5.2", //; s/^title: .*/title: Access Control Procedure/' policies/access.md
commit "Add the access control procedure"
as "Sam Ortiz" sam@example.com
at 2026-03-02
commit "Approve PRO-001 1.0" --trailer "Approved-by: Sam Ortiz <sam@example.com>" --trailer "Approves: policies/access.md"
