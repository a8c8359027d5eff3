# duplicate-id fires when two active governed documents share an id.
good_policy policies/isp.md POL-001
good_policy policies/isp-copy.md POL-001
commit "Add two policies with the same id"
