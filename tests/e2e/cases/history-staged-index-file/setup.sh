# --staged under `git commit -a` (or `git commit PATH`): git runs the hook with GIT_INDEX_FILE naming the index being committed; that one is linted, not .git/index, which still holds the approved content.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
sed -i 's/^id: POL-001/id: [unclosed/' policies/isp.md
cp .git/index .git/commit-index
GIT_INDEX_FILE=.git/commit-index git add policies/isp.md
