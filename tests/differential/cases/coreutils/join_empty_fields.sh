# shell: sh
# join with -t keeps empty fields; missing fields print as -e.
cd /tmp
printf 'a,,1\nb,2,\n' > c1; printf 'a,x\nb,y\n' > c2
join -t, c1 c2
join -t, -o 1.1,1.2,1.3,2.2 -e '?' c1 c2
join -t, -a1 -o 0,2.2 -e NONE c1 /dev/null
