# Attack: the training record Alex wrote names him its owner (owner: Developer) and he approves it with his own key. A record's owner is written by whoever writes it: it is no bar; training records need top management (approvals.required_approver).
evidence_base training
evidence_training "Developer"
git add -A
signed alex commit -q -S -m "Record the CEO's training" --trailer "Approved-by: Alex Kim <alex@example.com>"
