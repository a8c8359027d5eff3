# attack: a history cache planted with a correct checksum that says Sam's commit of the policy carries "Approved-by: Dana Whitfield": an approval's trailers are read from the commit itself, never from the cache, so POL-001 stays unapproved, as without the cache.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
