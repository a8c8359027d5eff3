# A baseline from outside the repository (the operator's) that holds the security policy's approval-stale finding holds back the other findings it lists, never an approval finding: approval-stale is still reported.
attack_base
echo "Exceptions need no approval." >>policies/isp.md
echo "See [the missing page](missing.md)." >>policies/isp.md
git add -A
git commit -q -m "POL-001: exceptions"
"$CLAUSELINT_BIN" --now 2026-11-22 --format json -o ../operator-baseline.json || true
grep -q approval-stale ../operator-baseline.json
grep -q broken-link ../operator-baseline.json
