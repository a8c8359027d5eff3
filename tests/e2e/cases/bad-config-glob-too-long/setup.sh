# A 12 KB glob in exclude (sets full of '[:', which once took 27 s to match): a configuration error naming the limit, exit 2, at once.
good_policy policies/isp.md
{
	printf 'framework: ISO27001:2022\nexclude:\n  - "*['
	awk 'BEGIN { for (i = 0; i < 6000; i++) printf "[:" }'
	printf ']*"\n'
} | write .clauselint.yml
commit "Add a configuration with a 12 KB glob"
