# policy-commitment-missing: the policy commits to continual improvement but not to satisfying applicable requirements (5.2 c); the message names that one.
ISMS_COMMITMENTS='## Commitments

Top management commits to the continual improvement of the information
security management system.'
isms_kit
