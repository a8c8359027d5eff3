# A wrong value (review_interval: soon) is a configuration error: exit 2, one line with file:line and the expected form.
good_policy policies/isp.md
write .clauselint.yml <<'YML'
governed: ["policies/**"]
review_interval: soon
YML
commit "Add a policy and a configuration with a bad interval"
