# resource-approval-missing: the resource approval is approved by the CEO but dated 2025-11-21, more than 12 months before 2026-11-22.
isms_files
sed -i 's/^date: .*/date: 2025-11-21/' $ISMS_RESOURCES
isms_commit
