# history-shallow: a depth-1 clone (what CI checks out by default) of a repository whose policy is approved can't establish approvals: an error naming fetch-depth: 0 and GIT_DEPTH: 0, never a silent pass, and no approval rule guesses.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
as "Sam Ortiz" sam@example.com
at 2026-03-03
write README.md <<'MD'
# Policies
MD
commit "Add a README"
