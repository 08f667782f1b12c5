# shell: sh
# A plain process blocks nothing and has no pending signal.
grep -E '^(SigPnd|ShdPnd|SigBlk)' /proc/self/status
