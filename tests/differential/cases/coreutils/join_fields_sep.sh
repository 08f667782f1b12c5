# shell: sh
# join on other fields (-1/-2/-j), -t, -i, --header, many-to-many.
cd /tmp
printf 'a,1\nb,2\n' > c1; printf 'a,3\nb,4\n' > c2; join -t, c1 c2
printf 'x 1\n' > x1; printf '1 y\n' > y1; join -1 2 -2 1 x1 y1
printf 'H A\n1 x\n' > h1; printf 'H B\n1 y\n' > h2; join --header h1 h2
printf 'A 1\n' > i1; printf 'a 2\n' > i2; join -i i1 i2
printf 'k a\nk b\n' > m1; printf 'k c\nk d\n' > m2; join m1 m2
printf '1  a   b\n' | join - y1
