# approval-date-mismatch: the front matter claims approved: 2026-01-01, but the only approval of this content was made on 2026-03-01.
standard_people
at 2026-02-20
good_policy policies/isp.md
sed -i 's/^approver: CEO/&\napproved: 2026-01-01/' policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-01
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
