# --staged (the pre-commit hook): a staged deletion of an approved policy is what the commit being made does, and can't be approved before it is made: withdrawal-unapproved is a note, with the Withdraws: command; the pipeline check fails on it.
standard_people
at 2026-03-01
good_policy policies/isp.md
good_policy policies/access.md POL-002
sed -i 's/"5.2", //' policies/access.md
commit "Add the policies"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 and POL-002" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md" --trailer "Approves: policies/access.md"
as "Sam Ortiz" sam@example.com
git rm -q policies/access.md
