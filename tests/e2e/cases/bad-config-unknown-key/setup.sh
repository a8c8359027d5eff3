# An unknown key in .clauselint.yml is a configuration error: exit 2, one line naming file, line and the known keys.
good_policy policies/isp.md
write .clauselint.yml <<'YML'
framework: ISO27001:2022
review_intervall: 12 months
YML
commit "Add a policy and a configuration with a misspelt key"
