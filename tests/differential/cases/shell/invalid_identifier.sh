# shell: bash
# bash: not a valid identifier errors.
bash -c 'export 1x=2'; echo "status $?"
bash -c 'readonly a-b=1'; echo "status $?"
