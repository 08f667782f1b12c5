# shell: sh
# od -c, -An -tx1, -x, -b on fixed bytes.
printf 'AB\n\001' > /tmp/f
od -c /tmp/f
od -An -tx1 /tmp/f
od -b /tmp/f
od -x /tmp/f
od -An -tu1 -w2 /tmp/f
