# management-statement-missing: the statement is approved only by Sam Ortiz (ISMS Lead), not by top management; approver-not-top-management and approver-role-mismatch say so of the document, and self-approval that Sam approved his own change.
isms_files
ISMS_APPROVED="$ISMS_POLICY $ISMS_ROLES $ISMS_RESOURCES"
isms_commit
approve_as "Sam Ortiz" sam@example.com $ISMS_STATEMENT
