# A requirement note with a 6,000-row Dataview table (480 KB, one HTML block) ends well within 60 s; the rows agree: no finding.
good_policy policies/isp.md
sed -i 's/clauses: \["5.2", "A.5.1"\]/clauses: ["5.1", "5.2", "A.5.1"]/' policies/isp.md
{
	printf -- '---\nName: Leadership and commitment\nCode: "5.1"\nFramework: ISO27001:2022\nSection: Requirements\nCategory: Governance\n---\n<table><tbody>\n'
	awk 'BEGIN { for (i = 0; i < 6000; i++) print "<tr><td><span>Name</span></td><td><span>Leadership and commitment</span></td></tr>" }'
	printf '</tbody></table>\n\n# Description\n'
} | write requirements/5.1.md
commit "Add a requirement note with a huge table"
