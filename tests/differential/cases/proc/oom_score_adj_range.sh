# shell: bash
# oom_score_adj takes -1000..1000; outside the range the write fails with EINVAL.
echo 500 > /proc/self/oom_score_adj; cat /proc/self/oom_score_adj
bash -c 'echo 1001 > /proc/self/oom_score_adj'; echo "status $?"
bash -c 'echo abc > /proc/self/oom_score_adj'; echo "status $?"
sh -c 'cat /proc/self/oom_score_adj'
