# rules: {broken-link: off} in .clauselint.yml removes the broken-link finding altogether.
good_policy policies/isp.md
cat >>policies/isp.md <<'MD'

See the [access procedure](../procedures/access.md).
MD
printf 'rules:\n  broken-link: off\n' | write .clauselint.yml
clause5_off
commit "Add a policy with a broken link, and turn broken-link off"
