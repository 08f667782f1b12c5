# shell: sh
# date's operand errors: no leading '+', extra operands, bad dates.
date -d @0 x; echo "status $?"
date -d @0 +%s +%Y; echo "status $?"
date foo; echo "status $?"
date -d 'not a date'; echo "status $?"
