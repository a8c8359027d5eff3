# history cache: a cache file cut short, with one byte changed, empty, or of another kind is no cache: ignored, the report the same as without one, and the file written again whole.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
at 2026-03-02
echo "Access is reviewed every quarter." >>policies/isp.md
commit "Tighten access reviews" --trailer "Approved-by: Dana Whitfield <dana@example.com>"
at 2026-03-03
good_policy policies/other.md POL-002
commit "Add another policy"
