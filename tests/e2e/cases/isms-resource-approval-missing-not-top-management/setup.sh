# resource-approval-missing: the resource approval is approved only by Sam Ortiz (ISMS Lead), not by top management.
isms_files
ISMS_APPROVED="$ISMS_POLICY $ISMS_ROLES $ISMS_STATEMENT"
isms_commit
approve_as "Sam Ortiz" sam@example.com $ISMS_RESOURCES
