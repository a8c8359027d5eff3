# management-statement-missing: the statement was never approved (approval-missing says so too); the message gives the command for the CEO.
isms_files
ISMS_APPROVED="$ISMS_POLICY $ISMS_ROLES $ISMS_RESOURCES"
isms_commit
