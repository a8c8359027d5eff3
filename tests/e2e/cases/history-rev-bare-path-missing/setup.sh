# --rev in a bare clone with a PATH that matches no file of the revision is a usage error, as without --rev: exit 2, one line, never a silent pass over nothing.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
