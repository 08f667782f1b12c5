# shell: sh
# /proc/self/status Uid and Gid lines: real, effective, saved, fs ids, tab separated.
grep -E '^(Uid|Gid):' /proc/self/status
