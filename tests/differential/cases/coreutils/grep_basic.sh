# shell: sh
# grep: match, -v, -i, -c, -n, -w, -x, -o, status 1 on no match, 2 on error.
printf 'apple\nBanana\ncherry\napple pie\n' > /tmp/f
grep apple /tmp/f
grep -v apple /tmp/f
grep -i banana /tmp/f
grep -c apple /tmp/f
grep -n an /tmp/f
grep -w pie /tmp/f
grep -x apple /tmp/f
grep -o 'p\+' /tmp/f | head -n 2
grep zzz /tmp/f; echo "status $?"
grep x /tmp/nope; echo "status $?"
