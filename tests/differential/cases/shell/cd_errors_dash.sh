# shell: sh
# dash cd error message.
dash -c 'cd /nonexistent'; echo "status $?"
