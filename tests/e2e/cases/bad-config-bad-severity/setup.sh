# A severity other than off|note|warning|error is a configuration error: exit 2, one line.
good_policy policies/isp.md
write .clauselint.yml <<'YML'
rules:
  broken-link: fatal
YML
commit "Add a configuration with a bad severity"
