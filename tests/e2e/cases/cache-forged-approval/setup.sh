# attack: a history cache planted with a correct checksum that says Dana's approval commit changed the unapproved policy to its current content: an approval commit's entries are checked against its own trees, the cache is found untrue and dropped, and POL-001 stays unapproved, as without the cache.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
at 2026-03-02
good_policy policies/other.md POL-002
commit "Add the acceptable use policy" --trailer "Approved-by: Dana Whitfield <dana@example.com>"
