# rules: {broken-link: error} in .clauselint.yml makes the broken link an error, so the exit status is 1.
good_policy policies/isp.md
cat >>policies/isp.md <<'MD'

See the [access procedure](../procedures/access.md).
MD
printf 'rules:\n  broken-link: error\n' | write .clauselint.yml
clause5_off
commit "Add a policy with a broken link, and make broken links errors"
