# shell: sh
# join -a/-v print unpairables; -o with 0 and -e; -o auto.
cd /tmp
printf '1 x\n2 y\n' > j1; printf '1 p\n3 q\n' > j2
join -a1 -a2 j1 j2
join -v1 j1 j2; join -v2 j1 j2
join -o 1.2,2.2 j1 j2
join -a2 -e NA -o 0,1.2,2.2 j1 j2
join -e X -o auto -a1 j1 j2
