# Attack: the pull request adds management-review minutes listing the CEO as attendee, written by Alex and approved by nobody: they are no evidence until top management who attended approves them.
evidence_base review
evidence_review
git add -A
git commit -q -m "Record the management review"
