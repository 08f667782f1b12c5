# shell: sh
# /proc/self/limits header and the row names.
head -n 1 /proc/self/limits
cut -c1-26 /proc/self/limits | sed 's/ *$//' | sed -n '2,$p'
