# shell: sh
# paste merges lines; -s serial; -d; join on a common field.
cd /tmp
printf '1\n2\n3\n' > n; printf 'a\nb\n' > l
paste n l
paste -d, n l
paste -s n
paste -s -d+ n
printf '1 x\n2 y\n' > j1; printf '1 p\n3 q\n' > j2
join j1 j2
join -a1 j1 j2
