# shell: sh
# A command that is not found gives status 127.
nosuchcommand-xyz 2>/dev/null; echo "status $?"
/tmp/nosuchfile 2>/dev/null; echo "status $?"
