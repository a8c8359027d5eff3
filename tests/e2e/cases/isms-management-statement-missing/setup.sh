# management-statement-missing: no senior management statement.
isms_files
rm $ISMS_STATEMENT
isms_commit
