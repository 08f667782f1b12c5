# shell: bash
# bash's "error token" in arithmetic errors: the last token and what follows it, blanks included.
for e in '1 + ' '1 +' 'x= ' '4 == ' '1 +* 2' '1 ? 2' '1 ? 2 + 3 ' '1 ? 2 3' '2 ** -1' '2**-1' '08' '2#9' '1/0' '5 % 0'; do
  bash -c "echo \$(($e))"; echo "rc=$?"
  bash -c "(($e))"; echo "rc=$?"
done 2>&1
