# -C DIR before the subcommand (clauselint -C repo check) lints the repository found from DIR; paths are relative to its root.
mkdir repo && cd repo && git init -q .
standard_people
printf 'rules:\n%s' "$clause5_rules" >.clauselint.yml
good_policy policies/isp.md
sed -i 's/"A.5.1"/"A.9.2.3"/' policies/isp.md
commit "Add a policy with an unknown clause"
