# A run on a terminal (script gives it one) prints a progress line on standard error once CLAUSELINT_PROGRESS_DELAY seconds have passed (git's GIT_PROGRESS_DELAY; 1 by default) and erases it before the report; a run faster than the delay, --quiet, or standard error that is no terminal (every other case) print none.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
