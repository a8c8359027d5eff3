# -o to a FIFO (as to /dev/null or /dev/stdout) writes into it and leaves it a FIFO: it is never replaced by a file.
good_policy policies/isp.md
commit "Add a policy"
