# A .mailmap over 1 MiB is refused before libgit2 parses it (an 87 MB one ran for minutes): exit 2, one line naming the file and the limit.
good_policy policies/isp.md
i=0
while [ $i -lt 40000 ]; do printf 'Dana Whitfield <dana@example.com> <alias-%06d@example.com>\n' $i; i=$((i + 1)); done >.mailmap
[ "$(wc -c <.mailmap)" -gt 1048576 ]
commit "Add the policy and a large .mailmap"
