# history cache: a cache folder inside the linted repository (its working tree or .git) is never written: a warning, and the lint runs without a cache.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
