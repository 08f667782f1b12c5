# shell: sh
# shuf -z uses NUL delimiters; empty inputs give nothing.
shuf -z -e a b | tr '\0' '\n' | sort
printf '' | shuf; echo "status $?"
shuf -e; echo "status $?"
shuf -n 0 -e a; echo "status $?"
shuf -i 3-3
