# shell: sh
# numfmt on columns (--field, -d, --header), padding and --format.
printf 'size\n2048\n' | numfmt --header --to=iec
echo 'a 2048 b' | numfmt --field=2 --to=iec
printf 'fs 1048576 524288\n' | numfmt --field 2,3 --to=iec
numfmt -d, --field 2 --to=iec 'x,4096'
numfmt --padding=8 --to=si 1500; numfmt --padding=-8 --to=si 1500 | od -c | head -n 1
numfmt --format='%.2f' 3.14159; numfmt --to=si --format='%8f|' 2000; numfmt --format='x%fy' 5
numfmt --to=iec --suffix=B 2048; numfmt --to-unit=1024 4096; numfmt --from-unit=512 4
