# shell: sh
# dash syntax error messages.
dash -c 'if true; then echo x'; echo "status $?"
dash -c 'fi'; echo "status $?"
