# shell: sh
# exec N>file in a child shell is visible to a program it then execs.
sh -c 'exec 7>/tmp/seven; exec readlink /proc/self/fd/7'
