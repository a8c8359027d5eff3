# A 1,000-byte glob, the longest accepted shape of the slow one (a set of 330 "[:a" between stars, with no ":]" to close a class), over 300 files with 200-character names: matching costs pattern x name, well within the ceiling; nothing is excluded.
good_policy policies/isp.md
{
	printf 'framework: ISO27001:2022\nexclude:\n  - "*['
	awk 'BEGIN { for (i = 0; i < 330; i++) printf "[:a" }'
	printf ']*z"\n'
} | write .clauselint.yml
i=0
long=$(awk 'BEGIN { for (i = 0; i < 200; i++) printf "a" }')
while [ $i -lt 300 ]; do
	printf '# Note %d\n' $i >"notes/$long$i.md" 2>/dev/null || { mkdir -p notes && printf '# Note %d\n' $i >"notes/$long$i.md"; }
	i=$((i + 1))
done
commit "Add a configuration with a long glob and many notes"
