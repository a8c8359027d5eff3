# Near miss of approver-role-mismatch: Dana (CEO) approves a procedure with approver: CEO (she holds the role) and one with approver: ISMS Lead (she is top management): no finding.
standard_people
at 2026-03-01
good_policy policies/access.md PRO-001
sed -i 's/^type: policy/type: procedure/; s/"5.2", //; s/^title: .*/title: Access Control Procedure/' policies/access.md
good_policy policies/backup.md PRO-002
sed -i 's/^type: policy/type: procedure/; s/^approver: CEO/approver: ISMS Lead/; s/"5.2", //; s/^title: .*/title: Backup Procedure/' policies/backup.md
commit "Add two procedures"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve PRO-001 and PRO-002" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/access.md" --trailer "Approves: policies/backup.md"
