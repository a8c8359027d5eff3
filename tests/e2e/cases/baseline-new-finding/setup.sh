# --baseline reports what is new: a new unapproved procedure (error, exit 1) and a broken link whose target changed (a different finding); the two unchanged findings that aren't about approvals stay in the baseline (the unapproved procedure's stays reported: no baseline holds it back); the json summary has "baseline": 2.
formats_repository
$CLAUSELINT --now 2026-11-22 -f json -o ../baseline-new-finding.json
sed -i 's/(checklist.md)/(checklists.md)/' 'procedures/my <&> "odd" procédure.md'
good_policy procedures/new.md PRO-004
sed -i 's/^type: policy/type: procedure/; s/"5.2", //' procedures/new.md
commit "Add a procedure, fix a link"
