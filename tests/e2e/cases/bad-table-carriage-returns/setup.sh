# The 2,000-column table again with its lines ended by a bare "\r", which CommonMark reads as a line ending: counting only "\n" let it past every limit to 1.1 GB. Refused at its header line.
{
	printf -- '---\nid: POL-001\ntitle: Wide\ntype: policy\n---\n\n# Wide\n\n'
	awk 'BEGIN { for (i = 0; i < 2000; i++) printf "|h"; printf "|\r"; for (i = 0; i < 2000; i++) printf "|-"; printf "|\r"; for (j = 0; j < 2000; j++) printf "x\r"; printf "\n" }'
} | write policies/wide.md
commit "Add a policy with a wide table ended by carriage returns"
