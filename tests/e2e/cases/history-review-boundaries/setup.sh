# review-overdue / review-due-soon at their edges on 2026-11-22 (12 months, due_soon 30 days): due yesterday is overdue, due today and due in 30 days are due soon, due in 31 days is nothing.
standard_people
at 2025-11-01
for n in 1 2 3 4; do
	good_policy policies/p$n.md PRO-00$n
	sed -i "s/^type: policy/type: procedure/; s/\"5.2\", //; s/^title: .*/title: Procedure $n/" policies/p$n.md
done
commit "Add four procedures"
as "Dana Whitfield" dana@example.com
n=1
for day in 2025-11-21 2025-11-22 2025-12-22 2025-12-23; do
	at $day
	commit "Approve PRO-00$n" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/p$n.md"
	n=$((n + 1))
done
