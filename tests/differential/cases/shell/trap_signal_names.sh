# shell: sh
# trap accepts names with or without SIG and numbers.
trap 'echo one' USR1
trap -- 'echo two' 12
trap
