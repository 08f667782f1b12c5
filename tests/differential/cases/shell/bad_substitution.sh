# shell: bash
# bash: bad substitution.
bash -c 'echo ${a b}'; echo "status $?"
bash -c 'echo ${}'; echo "status $?"
