# An unknown rule name under rules: is a configuration error: exit 2, one line.
good_policy policies/isp.md
write .clauselint.yml <<'YML'
rules:
  broken-link: error
  broken-links: off
YML
commit "Add a configuration naming a rule that does not exist"
