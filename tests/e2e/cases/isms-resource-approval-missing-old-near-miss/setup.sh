# resource-approval-missing near miss: dated 2025-11-22, exactly 12 months before 2026-11-22, it is still within the interval.
isms_files
sed -i 's/^date: .*/date: 2025-11-22/' $ISMS_RESOURCES
isms_commit
