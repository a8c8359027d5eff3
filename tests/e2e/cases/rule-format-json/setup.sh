# --format json reports findings (error and warning) in the SPEC §5 shape, strings JSON-escaped, with the summary.
good_policy policies/isp.md
sed -i 's/clauses: \["5.2", "A.5.1"\]/clauses: ["5.2", "A.9.2.3"]/' policies/isp.md
cat >>policies/isp.md <<'MD'

See the [[Access "Procedure" \ v2]].
MD
commit "Add a policy with an error and a warning"
