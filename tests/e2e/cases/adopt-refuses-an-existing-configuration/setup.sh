# init --adopt writes a configuration only where there is none: with a
# .clauselint.yml there, it writes nothing (no people.yml either) and
# says why, exit 2.
rm -f people.yml
good_policy policies/isp.md
commit "Add the policy"
