# broken-link warns (exit 0) on a relative link to a missing file, a [[wikilink]] to nothing, and a link climbing out of the repository.
good_policy policies/isp.md
cat >>policies/isp.md <<'MD'

See the [access procedure](../procedures/access.md).
Incidents follow [[Incident Response Procedure]].
Our [template](../../outside/template.md) is shared.
MD
commit "Add a policy with broken links"
