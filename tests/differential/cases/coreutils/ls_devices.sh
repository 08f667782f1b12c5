# shell: sh
# ls -l of device nodes shows MAJOR, MINOR instead of a size.
ls -l /dev/null /dev/zero | awk '{print $1, $5, $6, $NF}'
