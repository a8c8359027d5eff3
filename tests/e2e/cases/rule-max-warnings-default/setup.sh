# Near miss of --max-warnings: without it, one warning exits 0.
good_policy policies/isp.md
cat >>policies/isp.md <<'MD'

See the [access procedure](../procedures/access.md).
MD
commit "Add a policy with a broken link"
approve policies/isp.md
