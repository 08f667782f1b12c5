# shell: bash
# bash: a background command keeps a piped stdin.
bash -c 'echo data | { cat & wait; }'
