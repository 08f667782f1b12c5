# shell: bash
# bash's messages for EACCES and for a directory.
printf 'echo hi\n' > /tmp/f
bash -c '/tmp/f'; echo "status $?"
bash -c '/tmp'; echo "status $?"
