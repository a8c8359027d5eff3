# people: ../../../../etc/passwd in the configuration points outside the repository: a configuration error, exit 2, and nothing outside is read.
good_policy policies/isp.md
printf 'people: ../../../../etc/passwd\n' >.clauselint.yml
commit "Point the registry outside"
