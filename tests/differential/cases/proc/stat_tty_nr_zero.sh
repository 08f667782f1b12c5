# shell: sh
# Without a controlling terminal, /proc/self/stat tty_nr (field 7) is 0 and tpgid (8) is -1.
cut -d' ' -f7,8 /proc/self/stat
