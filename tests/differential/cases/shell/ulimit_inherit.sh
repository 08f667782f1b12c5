# shell: bash
# limits are inherited by children and by exec'd programs; a child's change does not reach its parent.
ulimit -s 4096
bash -c 'ulimit -s'
( ulimit -s 2048; ulimit -s )
ulimit -s
grep -E '^Max stack size' /proc/self/limits
ulimit -n 300; grep -E '^Max open files' /proc/self/limits
