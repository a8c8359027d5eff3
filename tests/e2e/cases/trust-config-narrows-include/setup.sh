# Attack: the pull request narrows include to README.md and edits the security policy: the configuration in force reads every Markdown file: trust-input-unapproved, and approval-stale.
attack_base
printf 'include: ["README.md"]\n' >>.clauselint.yml
echo "Exceptions need no approval." >>policies/isp.md
commit "POL-001: exceptions"
