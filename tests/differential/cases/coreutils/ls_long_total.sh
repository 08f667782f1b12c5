# shell: sh
# ls -l prints a total of 1K blocks, then one line per file; -n numeric ids.
mkdir /tmp/w && cd /tmp/w
printf '%05000d' 0 > big; : > empty; mkdir d
touch -d '2021-06-15 12:00' big empty d
ls -l
ls -ln empty
