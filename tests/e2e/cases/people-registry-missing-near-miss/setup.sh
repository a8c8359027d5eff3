# Near miss of people-registry-missing: no people.yml, but no governed
# document either (a README): nothing to say about roles.
rm -f people.yml
printf '# Readme\n' | write README.md
commit "Add a readme"
