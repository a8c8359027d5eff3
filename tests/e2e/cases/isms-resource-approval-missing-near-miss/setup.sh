# resource-approval-missing near miss: the resource approval approved by Dana Whitfield (CEO) with an empty Approves: commit of its own.
isms_files
ISMS_APPROVED="$ISMS_POLICY $ISMS_ROLES $ISMS_STATEMENT"
isms_commit
approve_as "Dana Whitfield" dana@example.com $ISMS_RESOURCES
