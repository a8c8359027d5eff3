# policy-commitment-missing: a policy with neither commitment gets one finding for each, 5.2 c and 5.2 d.
ISMS_COMMITMENTS='## Commitments

Top management takes information security seriously.'
isms_kit
