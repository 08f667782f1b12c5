# shell: sh
# ip -s link: the counters of a fresh lo.
unshare -n ip -s link show lo
