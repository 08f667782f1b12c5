# shell: bash
# bash reads a -c string as if it ended in a newline: a missing word is "unexpected token `newline'".
for s in 'echo >' 'cat <' 'echo 2>' 'echo <<' 'function' 'for' 'case' 'case x in a' 'echo (' 'echo ((' 'echo a (' 'if' 'f()' 'echo a |' 'case x' 'echo $(ls'; do
  bash -c "$s"; echo "rc=$?"
done 2>&1
