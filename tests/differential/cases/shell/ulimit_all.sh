# shell: bash
# ulimit -a prints bash 5.2's table; the machine-dependent rows are set first.
ulimit -n 256 -u 500 -i 500 -l 64 -q 4096 -s 4096 -c 0 -v unlimited
ulimit -a
ulimit -Ha | grep -E 'open files|core'
