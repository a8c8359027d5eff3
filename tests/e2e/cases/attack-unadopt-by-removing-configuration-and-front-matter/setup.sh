# Attack: a repository that is not (yet) an ISMS has its ISMS rules wait (no configuration, nothing governed). The pull request makes the policy repository look like one: it deletes .clauselint.yml and strips the front matter off both approved policies. The approved documents left what is in force, and the configuration's removal is a trust change nobody approved: the check still fails.
attack_base
git rm -q .clauselint.yml
for f in policies/isp.md policies/access.md; do
	sed -i '1,/^---$/{/^---$/!d};1d' "$f"
	sed -i '1{/^---$/d}' "$f"
done
head -3 policies/isp.md | grep -q '^---' && exit 1
git commit -q -am "Tidy the documents"
