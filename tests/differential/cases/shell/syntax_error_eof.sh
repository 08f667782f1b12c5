# shell: bash
# bash syntax errors: unexpected end of file, unexpected token.
bash -c 'if true; then echo x'; echo "status $?"
bash -c 'echo (a'; echo "status $?"
bash -c 'fi'; echo "status $?"
bash -c 'for in; do'; echo "status $?"
