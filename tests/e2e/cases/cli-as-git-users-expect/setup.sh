# The command line as git users expect it: -V and `version` print the
# version, `help COMMAND` the command's help, a mistyped command or rule
# gets "did you mean" (exit 2), and a word that is a file here is still
# linted as a path (the near miss: a file named like a typo).
good_policy policies/isp.md
printf '# Status\n' | write stauts
commit "Add the policy"
