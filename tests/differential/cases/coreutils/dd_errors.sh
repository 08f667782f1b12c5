# shell: sh
# dd rejects bad operands, numbers, conversions and status levels.
dd foo=1; echo "status $?"
dd bs=x; echo "status $?"
dd conv=bogus; echo "status $?"
dd status=bogus; echo "status $?"
dd conv=ucase,lcase; echo "status $?"
dd if=/dev/zero of=/nodir/x count=1; echo "status $?"
