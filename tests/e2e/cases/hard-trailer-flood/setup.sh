# A commit with 5,000 Approves: trailers is refused as an approval whole (at most 64 Approved-by and 1,024 Approves:/Withdraws: are read): approval-oversized says so, and the policy it names stays unapproved. The run takes no longer than any other.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
{
	printf 'Approve everything\n\nApproved-by: Dana Whitfield <dana@example.com>\nApproves: policies/isp.md\n'
	i=0
	while [ $i -lt 5000 ]; do printf 'Approves: policies/doc-%d.md\n' $i; i=$((i + 1)); done
} >../flood.msg
git commit -q --allow-empty -F ../flood.msg
