# shell: sh
# A reader sees EOF once every writer has closed the pipe.
(echo a; echo b) | cat
true | cat; echo "empty status $?"
printf 'x' | wc -c
(echo one; sleep 0.1; echo two) | (read a; read b; echo "$a $b")
(exec 1>&-; sleep 0.1) | wc -l
