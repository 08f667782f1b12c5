# shell: sh
# /proc/self/mountinfo: every line has the ' - ' separator; the root mount is /.
[ "$(grep -c ' - ' /proc/self/mountinfo)" = "$(wc -l < /proc/self/mountinfo)" ] && echo "every line has the separator"
awk '$5 == "/tmp" {print $4, $5, $(NF-2)}' /proc/self/mountinfo
