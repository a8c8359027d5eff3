# --baseline and -o naming the same file: refused with exit 2 (clauselint never writes a baseline), and the baseline is left as it was.
good_policy policies/isp.md
commit "Add a policy"
