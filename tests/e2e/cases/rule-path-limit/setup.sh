# A PATH argument limits the report to that document: two bad policies, one PATH, only its finding.
good_policy policies/isp.md POL-001
good_policy policies/access.md POL-002
sed -i 's/"A.5.1"/"A.9.2.3"/' policies/isp.md policies/access.md
commit "Add two policies with unknown clauses"
