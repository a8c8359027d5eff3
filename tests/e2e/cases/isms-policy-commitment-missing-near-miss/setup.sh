# policy-commitment-missing near miss: both commitments in other words, capitals and line breaks ("Legal, Regulatory and Contractual\nRequirements", "Continually\nimprove") still count.
ISMS_COMMITMENTS='## Commitments

Top management commits to meet our Legal, Regulatory and Contractual
Requirements, and to Continually
improve the information security management system.'
isms_kit
