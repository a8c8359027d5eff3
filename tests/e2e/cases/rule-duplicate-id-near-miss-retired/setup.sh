# Near miss of duplicate-id: one of the two documents with the id is status: retired.
good_policy policies/isp.md POL-001
good_policy policies/isp-2019.md POL-001
sed -i 's/^approver: CEO$/approver: CEO\nstatus: retired/' policies/isp-2019.md
commit "Add a policy and the retired one it replaces"
