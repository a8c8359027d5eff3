# Attack: the unapproved edit of the security policy carries <!-- clauselint-disable-file --> and a comment naming the approval rules. Suppression comments never hide what the approval rules find: approval-stale is reported, in the pull-request check and the whole lint.
attack_base
cat >>policies/isp.md <<'MD'

Exceptions need no approval.

<!-- clauselint-disable-file -->
<!-- clauselint-disable-file approval-stale approval-missing approval-unverified -->
MD
git add -A
git commit -q -m "POL-001: exceptions"
