# clauselint-disable RULE ... clauselint-enable RULE hides findings of RULE between them; findings after the enable are reported.
good_policy policies/isp.md
cat >>policies/isp.md <<'MD'

<!-- clauselint-disable broken-link -->
See the [draft procedure](../procedures/draft.md)
and [[Draft Standard]].
<!-- clauselint-enable broken-link -->

See the [access procedure](../procedures/access.md).
MD
commit "Add a policy with a suppressed region"
