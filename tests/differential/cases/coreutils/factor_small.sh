# shell: sh
# factor of 0, 1, primes, powers; leading blanks and '+' accepted.
factor 0 1 2 3 4 97 1024 360 1001
factor ' 12' '+5'
factor -- -3; echo "status $?"
