# shell: sh
# chmod errors: invalid mode, missing file; -R; -v/-c reports.
touch /tmp/f
chmod 999 /tmp/f; echo "status $?"
chmod u+q /tmp/f; echo "status $?"
chmod 644 /tmp/nope; echo "status $?"
chmod -v 600 /tmp/f
chmod -c 600 /tmp/f
chmod -c 644 /tmp/f
