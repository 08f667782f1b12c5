# shell: sh
# dash's wording for the same truncated commands: end of file, and what it was expecting.
for s in 'echo >' 'cat <' 'echo <<' 'for' 'case' 'case x' 'case x in a' 'echo (' 'echo ((' 'echo a (' 'if' 'while' 'f() {' 'echo $(ls'; do
  dash -c "$s"; echo "rc=$?"
done 2>&1
