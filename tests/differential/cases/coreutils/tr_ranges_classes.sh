# shell: sh
# tr with [:digit:] [:space:] and repeated last char padding.
echo 'a1 b2	c3' | tr '[:digit:]' '#'
echo 'a1 b2	c3' | tr -d '[:space:]'; echo
echo abcd | tr abcd xy
echo 'hello' | tr -s 'l'
