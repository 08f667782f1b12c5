# shell: sh
# rm -f on a missing file is silent and 0; rm with no args is a usage error.
rm -f /tmp/none1 /tmp/none2; echo "status $?"
rm; echo "status $?"
rm -f; echo "status $?"
