# approver-departed: Lee (CEO, until 2026-06-30) approved one procedure before leaving (warning) and one after leaving (error).
write people.yml <<'YML'
people:
  - name: Dana Whitfield
    email: dana@example.com
    roles: [CEO]
  - name: Sam Ortiz
    email: sam@example.com
    roles: [IT Manager, ISMS Lead]
  - name: Lee Hart
    email: lee@example.com
    roles: [CEO]
    until: 2026-06-30
YML
at 2026-03-01
good_policy policies/access.md PRO-001
sed -i 's/^type: policy/type: procedure/; s/"5.2", //; s/^title: .*/title: Access Control Procedure/' policies/access.md
good_policy policies/backup.md PRO-002
sed -i 's/^type: policy/type: procedure/; s/"5.2", //; s/^title: .*/title: Backup Procedure/' policies/backup.md
commit "Add two procedures"
as "Lee Hart" lee@example.com
at 2026-06-30
commit "Approve PRO-001 1.0" --trailer "Approved-by: Lee Hart <lee@example.com>" --trailer "Approves: policies/access.md"
at 2026-07-01
commit "Approve PRO-002 1.0" --trailer "Approved-by: Lee Hart <lee@example.com>" --trailer "Approves: policies/backup.md"
