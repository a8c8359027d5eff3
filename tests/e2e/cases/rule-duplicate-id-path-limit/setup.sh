# duplicate-id is reported for the document named by PATH even when it sorts before the other holder of the id.
good_policy policies/isp.md POL-001
good_policy policies/a-new.md POL-001
commit "Add a second policy that reuses POL-001"
