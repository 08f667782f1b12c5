# shell: sh
# nproc agrees with the processor lines of /proc/cpuinfo.
[ "$(grep -c ^processor /proc/cpuinfo)" = "$(nproc)" ] && echo agree
grep -m1 '^processor' /proc/cpuinfo
