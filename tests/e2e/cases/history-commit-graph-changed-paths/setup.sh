# The history of history-approval-stale, with the commit-graph and changed-path Bloom filters git writes (git commit-graph write --reachable --changed-paths; core.commitGraph). libgit2 1.5 rejects the file git 2.39 writes and newer ones read it: either way the findings are the same as without it, byte for byte.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
as "Sam Ortiz" sam@example.com
at 2026-05-10
echo "Access is reviewed every quarter." >>policies/isp.md
commit "Tighten access reviews"
git config core.commitGraph true
git commit-graph write --reachable --changed-paths
test -f .git/objects/info/commit-graph || test -d .git/objects/info/commit-graphs
