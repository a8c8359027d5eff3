# resource-approval-missing: no resource approval record.
isms_files
rm $ISMS_RESOURCES
isms_commit
