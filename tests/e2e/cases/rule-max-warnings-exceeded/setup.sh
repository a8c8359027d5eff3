# --max-warnings 0 with one warning (and no error) exits 1.
good_policy policies/isp.md
cat >>policies/isp.md <<'MD'

See the [access procedure](../procedures/access.md).
MD
commit "Add a policy with a broken link"
approve policies/isp.md
