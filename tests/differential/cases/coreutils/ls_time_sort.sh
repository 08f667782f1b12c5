# shell: sh
# ls -t, -tr, -lt with fixed times, ties broken by name.
mkdir /tmp/w && cd /tmp/w
for f in one two three four; do touch $f; done
touch -d '2021-06-01 10:00' one; touch -d '2021-06-03 10:00' two
touch -d '2021-06-02 10:00' three; touch -d '2021-06-02 10:00' four
ls -t
ls -tr
ls -lt | awk 'NR>1{print $6, $7, $8, $9}'
ls -ltr --time-style=+%F | awk 'NR>1{print $6, $7}'
