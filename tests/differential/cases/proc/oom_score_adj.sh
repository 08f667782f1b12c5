# shell: sh
# oom_score_adj starts at 0 and is inherited after being changed.
cat /proc/self/oom_score_adj
sh -c 'echo 500 > /proc/$$/oom_score_adj; cat /proc/self/oom_score_adj'
