# A committed symbolic link etc -> /etc, and people: etc/passwd: the path leaves the repository through the link, a configuration error, exit 2.
good_policy policies/isp.md
ln -s /etc etc
printf 'people: etc/passwd\n' >.clauselint.yml
commit "Point the registry through a link"
