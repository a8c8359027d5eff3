# --baseline with a json report without fingerprints (an older clauselint): exit 2, one line saying to make it again.
good_policy policies/isp.md
commit "Add a policy"
