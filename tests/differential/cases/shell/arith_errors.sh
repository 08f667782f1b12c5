# shell: bash
# Arithmetic syntax errors: the message shows the error token.
bash -c 'echo $((1 +))'; echo "status $?"
bash -c 'echo $((08))'; echo "status $?"
bash -c 'x=abc-; echo $((x))'; echo "status $?"
