# shell: sh
# meminfo's first keys and its layout: label, padded number, kB.
head -5 /proc/meminfo | sed 's/ *[0-9][0-9]* kB$/ N kB/'
