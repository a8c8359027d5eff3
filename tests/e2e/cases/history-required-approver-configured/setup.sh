# approvals.required_approver raises the bar for a kind of document: with procedures given to the ISMS Lead, a procedure that names a Developer as its approver, approved by Alex (Developer), is approved by the wrong person.
standard_people
cat >>people.yml <<'YML'
  - name: Alex Kim
    email: alex@example.com
    roles: [Developer]
YML
printf 'approvals:\n  required_approver:\n    procedure: ISMS Lead\n' >.clauselint.yml
clause5_off
at 2026-03-01
good_policy policies/backup.md PRO-001
sed -i 's/^type: policy/type: procedure/; s/^approver: CEO/approver: Developer/; s/"5.2", //; s/^title: .*/title: Backup Procedure/' policies/backup.md
commit "Add the backup procedure"
as "Alex Kim" alex@example.com
at 2026-03-02
commit "Approve PRO-001" --trailer "Approved-by: Alex Kim <alex@example.com>" --trailer "Approves: policies/backup.md"
