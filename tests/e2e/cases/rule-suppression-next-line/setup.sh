# <!-- clauselint-disable-next-line broken-link --> hides the finding on the next line only; a later broken link is still reported.
good_policy policies/isp.md
cat >>policies/isp.md <<'MD'

<!-- clauselint-disable-next-line broken-link -->
See the [draft procedure](../procedures/draft.md).

See the [access procedure](../procedures/access.md).
MD
commit "Add a policy with a suppressed broken link"
