# management-statement-missing near miss: the edited statement approved again by the CEO.
isms_kit
at 2026-10-20
echo "Managers lead by example." >>$ISMS_STATEMENT
commit "Add a sentence to the management statement"
at 2026-10-21
approve $ISMS_STATEMENT
