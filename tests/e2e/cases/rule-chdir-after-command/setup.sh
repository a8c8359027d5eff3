# -C DIR after the subcommand (clauselint check -C repo/policies) works too; the repository is discovered upwards from DIR.
mkdir repo && cd repo && git init -q .
standard_people
printf 'rules:\n%s' "$clause5_rules" >.clauselint.yml
good_policy policies/isp.md
sed -i 's/"A.5.1"/"A.9.2.3"/' policies/isp.md
commit "Add a policy with an unknown clause"
