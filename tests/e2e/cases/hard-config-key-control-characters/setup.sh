# A configuration key holding a newline, a GitHub workflow command and an escape sequence is an error whose stderr line escapes them: one line, no raw ESC, nothing a runner parses as `::error`.
good_policy policies/isp.md
printf '"review\\n::error file=x.md::pwned\\e[31m": 12 months\n' >.clauselint.yml
commit "Add a policy and a configuration with a hostile key"
