# shell: sh
# A program that cannot be run: 127 when missing.
unshare -u /nonexistent; echo "status $?"
