# shell: sh
# cat -n -b -s -A -E -T on a tricky file; cat of several files and -.
printf 'a\tb\n\n\n\nend \n' > /tmp/c
cat -n /tmp/c
cat -b /tmp/c
cat -s /tmp/c
cat -A /tmp/c
cat -E /tmp/c
cat -T /tmp/c
echo mid | cat /tmp/c - /tmp/c | wc -l
