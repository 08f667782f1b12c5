# shell: sh
# uniq, -c, -d, -u, -i, sort | uniq -c | sort -rn pipeline.
printf 'a\na\nb\nc\nc\nc\nA\n' > /tmp/u
uniq /tmp/u
uniq -c /tmp/u
uniq -d /tmp/u
uniq -u /tmp/u
uniq -i -c /tmp/u
printf 'x\ny\nx\nz\nx\ny\n' | sort | uniq -c | sort -rn
