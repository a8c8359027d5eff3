# A configuration file that is not valid YAML is a configuration error: exit 2, one line with file:line.
good_policy policies/isp.md
write .clauselint.yml <<'YML'
governed: ["policies/**"
review_interval: 12 months
YML
commit "Add a configuration with broken YAML"
