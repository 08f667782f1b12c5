# shell: bash
# help prints a builtin's synopsis; -s only the usage line.
help -s cd
help -s read
help -s echo printf
help nosuch; echo "status $?"
help -d cd pwd
help -x; echo "status $?"
