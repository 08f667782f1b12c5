# shell: sh
# dd status=none stays quiet; conv=ucase; errors.
echo hello | dd status=none conv=ucase
dd if=/nonexistent status=none; echo "status $?"
dd bs=0 </dev/null; echo "status $?"
