# shell: sh
# dash arithmetic error message.
dash -c 'echo $((1 +))'; echo "status $?"
