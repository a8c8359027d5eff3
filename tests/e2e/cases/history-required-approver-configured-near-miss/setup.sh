# Near miss of history-required-approver-configured: the configuration gives procedures to the ISMS Lead, the procedure Dana wrote names the ISMS Lead, and Sam, who holds the role, approves it: no finding.
standard_people
printf 'approvals:\n  required_approver:\n    procedure: ISMS Lead\n' >.clauselint.yml
clause5_off
at 2026-03-01
as "Dana Whitfield" dana@example.com
good_policy policies/backup.md PRO-001
sed -i 's/^type: policy/type: procedure/; s/^approver: CEO/approver: ISMS Lead/; s/"5.2", //; s/^title: .*/title: Backup Procedure/' policies/backup.md
commit "Add the backup procedure"
at 2026-03-02
commit "Approve PRO-001" --trailer "Approved-by: Sam Ortiz <sam@example.com>" --trailer "Approves: policies/backup.md"
