# -q prints only error-level findings: the broken-link warning is left out, the unknown-clause error is kept.
good_policy policies/isp.md
sed -i 's/clauses: \["5.2", "A.5.1"\]/clauses: ["5.2", "A.9.2.3"]/' policies/isp.md
cat >>policies/isp.md <<'MD'

See the [access procedure](../procedures/access.md).
MD
commit "Add a policy with an error and a warning"
