# policy-commitment-missing: the policy commits to satisfying applicable requirements but not to continual improvement (5.2 d); the message names that one.
ISMS_COMMITMENTS='## Commitments

Top management commits to satisfy applicable requirements related to
information security.'
isms_kit
