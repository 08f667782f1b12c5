# shell: bash
# printf with a non-numeric %d argument: message, value 0, status 1; 'c gives the char code.
bash -c 'printf "%d\n" abc'; echo "status $?"
bash -c 'printf "%d\n" 12abc'; echo "status $?"
printf '%d %d\n' "'A" '"b'
