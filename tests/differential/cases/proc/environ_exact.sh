# shell: sh
# /proc/self/environ is the exact environment given to execve, NUL separated.
env -i A=1 'B=two words' C= cat /proc/self/environ | tr '\0' '\n'
