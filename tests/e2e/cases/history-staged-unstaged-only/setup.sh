# --staged lints the index: an approved policy with only an unstaged edit (here a broken front matter) is clean as staged: no finding, exit 0.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
sed -i 's/^id: POL-001/id: [unclosed/' policies/isp.md
