# shell: sh
# cut -f with -d, ranges, -s, --complement; -c characters.
printf 'a:b:c:d\nnodelim\n' > /tmp/f
cut -d: -f2 /tmp/f
cut -d: -f1,3 /tmp/f
cut -d: -f2- /tmp/f
cut -s -d: -f-2 /tmp/f
cut -d: --complement -f2 /tmp/f
echo abcdef | cut -c2-4
echo abcdef | cut -c-2,5-
printf 'x\ty\n' | cut -f2
