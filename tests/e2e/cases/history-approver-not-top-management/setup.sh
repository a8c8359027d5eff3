# approver-not-top-management: the information security policy (clause 5.2), written by Dana, approved only by Sam (IT Manager, ISMS Lead) is an error, even though its approver role is ISMS Lead.
standard_people
as "Dana Whitfield" dana@example.com
at 2026-03-01
good_policy policies/isp.md
sed -i 's/^approver: CEO/approver: ISMS Lead/' policies/isp.md
commit "Add the information security policy"
as "Sam Ortiz" sam@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Sam Ortiz <sam@example.com>" --trailer "Approves: policies/isp.md"
