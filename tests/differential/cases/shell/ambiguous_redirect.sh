# shell: bash
# bash: ambiguous redirect when the target expands to several words or none.
bash -c 'f="a b"; echo x > $f'; echo "status $?"
bash -c 'echo x > $nothing'; echo "status $?"
