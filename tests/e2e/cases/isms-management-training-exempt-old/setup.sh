# management-training-exempt: the CEO's training, on 2025-11-21, is older than the 12-month interval.
isms_files
sed -i 's/^| Dana Whitfield | 2026-09-10 |/| Dana Whitfield | 2025-11-21 |/' $ISMS_TRAINING
isms_commit
