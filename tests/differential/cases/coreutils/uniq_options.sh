# shell: sh
# uniq: adjacent only, -c counts, -d, -u, -i.
printf 'a\na\nb\na\nA\nc\nc\n' > /tmp/f
uniq /tmp/f | tr '\n' ' '; echo
uniq -c /tmp/f
uniq -d /tmp/f
uniq -u /tmp/f | tr '\n' ' '; echo
uniq -i /tmp/f | tr '\n' ' '; echo
sort /tmp/f | uniq -c | sort -rn | head -n 2
