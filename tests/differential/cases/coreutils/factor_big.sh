# shell: sh
# factor handles 64-bit and larger numbers, stdin words, and bad input.
factor 18446744073709551615 12345678901234567890123 600851475143
factor 1000000007 4294967296
echo ' 7  9 ' | factor
printf '10\n20 30\n' | factor
factor 12 x 13; echo "status $?"
