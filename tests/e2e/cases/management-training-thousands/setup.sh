# 800 Board members and 3,200 staff, all in one 4,000-row training record: each row's person is resolved once, not once per top manager (that was cubic: 800 Board members, 54 s). The CEO and the Board are trained but for Board Member 0, who is the one training finding (the record is unapproved, so the trained are named as unproven).
good_policy policies/isp.md
printf 'framework: ISO27001:2022\n' | write .clauselint.yml
{
	printf 'people:\n  - name: Dana Whitfield\n    email: dana@example.com\n    roles: [CEO]\n'
	awk 'BEGIN {
		for (i = 0; i < 800; i++) printf "  - name: Board Member %d\n    email: board%d@example.com\n    roles: [Board]\n", i, i
		for (i = 0; i < 3200; i++) printf "  - name: Staff Member %d\n    email: staff%d@example.com\n    roles: [Staff]\n", i, i
	}'
} | write people.yml
{
	printf -- '---\nid: TRN-001\ntitle: Security awareness training\ntype: training\nowner: ISMS Lead\ndate: 2026-11-01\n---\n\n| Person | Date |\n| --- | --- |\n'
	awk 'BEGIN {
		printf "| Dana Whitfield | 2026-11-01 |\n"
		for (i = 1; i < 800; i++) printf "| Board Member %d | 2026-11-01 |\n", i
		for (i = 0; i < 3200; i++) printf "| Staff Member %d | 2026-11-01 |\n", i
	}'
} | write records/training.md
commit "Add a registry of 4,000 people and their training"
