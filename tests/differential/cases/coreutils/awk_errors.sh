# shell: sh
# mawk: syntax error message; missing input file.
awk 'BEGIN {print ' ; echo "status $?"
awk '{print}' /tmp/nope; echo "status $?"
