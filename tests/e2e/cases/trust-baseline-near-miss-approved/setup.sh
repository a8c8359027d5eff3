# Near miss of trust-baseline-in-repository: the baseline in the repository is approved by Dana: it holds back the broken link it records, but still not the approval finding, which no baseline holds back.
attack_base
echo "See the [runbook](runbook.md)." >>policies/access.md
echo "Exceptions need no approval." >>policies/isp.md
commit "POL-001: exceptions, POL-002: a runbook"
$CLAUSELINT --now 2026-11-22 -f json -o baseline.json || true
commit "Baseline the findings"
at 2026-04-02
as_dana_signed "Approve the baseline" --trailer "Approves: baseline.json"
