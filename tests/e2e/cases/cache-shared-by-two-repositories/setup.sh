# history cache: two repositories share one cache folder, one with the approval and a copy whose history was rewritten without it: each keeps its own file and its own report, the same as without the cache.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
at 2026-03-02
echo "Access is reviewed every quarter." >>policies/isp.md
commit "Tighten access reviews" --trailer "Approved-by: Dana Whitfield <dana@example.com>"
