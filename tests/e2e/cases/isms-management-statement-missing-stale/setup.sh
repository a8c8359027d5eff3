# management-statement-missing: the statement approved by the CEO was edited afterwards, so no approved statement is current (approval-stale says so too).
isms_kit
at 2026-10-20
echo "Managers lead by example." >>$ISMS_STATEMENT
commit "Add a sentence to the management statement"
