# history cache: --no-cache and an empty CLAUSELINT_CACHE_DIR read and write no cache; a cache folder that can't be made costs the cache, never the report.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
