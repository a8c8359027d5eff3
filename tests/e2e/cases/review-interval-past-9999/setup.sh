# review_interval "100000 years" is accepted; the next review falls past the year 9999 and is shown as 9999-12-31, not modulo 10,000 (which printed a due date in the past).
good_policy policies/isp.md
printf 'framework: ISO27001:2022\nreview_interval: 100000 years\n' | write .clauselint.yml
commit "Add a policy reviewed every 100,000 years"
approve policies/isp.md
