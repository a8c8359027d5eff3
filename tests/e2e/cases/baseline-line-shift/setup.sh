# --baseline after a change that moves the findings: four lines inserted above the broken link (line 15 in the baseline, 19 now) and committed, and a day later (the note's "in 9 days" is now "in 8 days"): all still in the baseline, but for the approval finding, which no baseline holds back.
formats_repository
$CLAUSELINT --now 2026-11-22 -f json -o ../baseline-line-shift.json
odd='procedures/my <&> "odd" procédure.md'
sed -i 's/^We commit/Scope: everyone.\n\nIt applies from 2026-12-01 (see 4f1c2a9).\n\nWe commit/' "$odd"
commit "Add the scope"
