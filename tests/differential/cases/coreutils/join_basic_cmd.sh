# shell: sh
# join on the first field, -t, -1/-2, -a, -o.
cd /tmp && printf '1 alice\n2 bob\n3 carol\n' > n && printf '1 paris\n3 rome\n4 oslo\n' > c
join n c
join -a1 n c
join -v2 n c
join -o 1.2,2.2 n c
printf 'a:1\nb:2\n' > x; printf 'a:X\nb:Y\n' > y; join -t: x y
