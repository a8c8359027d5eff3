# Attack: files over 512 KiB are skipped unless they say they are ours.
# The pull request pads the approved access policy past the limit; its
# front matter still says `type: policy`, so it is file-unreadable: the
# check fails, rather than the policy passing unread.
attack_base
awk 'BEGIN { for (i = 0; i < 12000; i++) print "Padding line " i " of the access policy, to pass the limit." }' >>policies/access.md
git commit -q -am "Expand the access policy"
