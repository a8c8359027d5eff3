# history cache: commits made after the cache was written are walked and counted: an approval added since clears approval-missing, as it does without the cache.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
