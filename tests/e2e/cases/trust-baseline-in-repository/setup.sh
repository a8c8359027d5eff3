# Attack: the pull request commits a baseline of its own report (holding the security policy's stale finding) and the check runs with --baseline pointing at it. A baseline in the repository is a trust input, and never holds back an approval finding: trust-input-unapproved on the baseline, and approval-stale.
attack_base
echo "Exceptions need no approval." >>policies/isp.md
commit "POL-001: exceptions"
$CLAUSELINT --now 2026-11-22 -f json -o baseline.json || true
commit "Baseline the findings"
