# --format github prints one annotation per finding, errors first, and appends a Markdown table of all findings to GITHUB_STEP_SUMMARY.
good_policy policies/isp.md
sed -i 's/clauses: \["5.2", "A.5.1"\]/clauses: ["5.2", "A.9.2.3"]/' policies/isp.md
cat >>policies/isp.md <<'MD'

See the [access procedure](../procedures/access.md) and [[100% | done]].
MD
good_policy policies/a-first.md POL-002
printf '\nSee the [missing](missing|old.md).\n' >>policies/a-first.md
commit "Add policies with errors and warnings"
