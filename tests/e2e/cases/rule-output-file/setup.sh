# -o FILE writes the report to FILE (outside the repository) and nothing to standard output.
good_policy policies/isp.md
sed -i 's/clauses: \["5.2", "A.5.1"\]/clauses: ["5.2", "A.9.2.3"]/' policies/isp.md
commit "Add a policy with an unknown clause"
