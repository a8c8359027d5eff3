# approver-unknown: a procedure approved by Alex Kim, whose e-mail is in no entry of people.yml, is an error naming the identity.
standard_people
at 2026-03-01
good_policy policies/access.md PRO-001
sed -i 's/^type: policy/type: procedure/; s/^approver: CEO/approver: ISMS Lead/; s/"5.2", //; s/^title: .*/title: Access Control Procedure/' policies/access.md
commit "Add the access control procedure"
as "Alex Kim" alex@example.com
at 2026-03-02
commit "Approve PRO-001 1.0" --trailer "Approved-by: Alex Kim <alex@example.com>" --trailer "Approves: policies/access.md"
