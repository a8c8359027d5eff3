# management-review-missing near miss: a review on 2025-11-22 is exactly 12 months before 2026-11-22, still within the interval.
isms_files
sed -i 's/^date: .*/date: 2025-11-22/' $ISMS_REVIEW
isms_commit
