# shell: bash
# cd errors: missing dir, a file, too many arguments.
bash -c 'cd /nonexistent'; echo "status $?"
touch /tmp/file
bash -c 'cd /tmp/file'; echo "status $?"
bash -c 'cd /tmp /root'; echo "status $?"
