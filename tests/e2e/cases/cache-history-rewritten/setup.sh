# history cache: an approval found through the cache is gone once the history is rewritten without it; the cache, keyed by commit id, can't keep it alive.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
at 2026-03-02
echo "Access is reviewed every quarter." >>policies/isp.md
commit "Tighten access reviews" --trailer "Approved-by: Dana Whitfield <dana@example.com>"
