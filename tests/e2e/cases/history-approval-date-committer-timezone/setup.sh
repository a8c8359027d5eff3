# Near miss of approval-date-mismatch: Dana approved at 23:30 on 2026-03-01 in New York (04:30 UTC on 2026-03-02); the day is the committer's own, so approved: 2026-03-01 matches: no finding.
standard_people
at 2026-02-20
good_policy policies/isp.md
sed -i 's/^approver: CEO/&\napproved: 2026-03-01/' policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
export GIT_AUTHOR_DATE="2026-03-01T23:30:00-05:00" GIT_COMMITTER_DATE="2026-03-01T23:30:00-05:00"
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
