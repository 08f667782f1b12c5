# shell: sh
# grep -A -B -C context separators, -e multiple, -m, ^/$ anchors, character classes, -P-free.
seq 20 > /tmp/s
grep -A1 '^5$' /tmp/s
grep -B2 '^10$' /tmp/s
grep -C1 -e '^3$' -e '^8$' /tmp/s
grep -m2 1 /tmp/s
grep '^1[0-9]$' /tmp/s | head -3
grep -E '^[0-9]{2}$' /tmp/s | wc -l
grep -c '' /tmp/s
grep -n '[[:digit:]]5' /tmp/s
echo 'ab' | grep -E 'a(b'; echo "rc=$?"
