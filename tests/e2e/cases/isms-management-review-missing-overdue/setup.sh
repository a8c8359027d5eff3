# management-review-missing: the last management review, on 2025-11-21, is one day more than 12 months before 2026-11-22.
isms_files
sed -i 's/^date: .*/date: 2025-11-21/' $ISMS_REVIEW
isms_commit
