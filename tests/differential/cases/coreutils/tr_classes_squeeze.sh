# shell: sh
# tr -d, -s, -c, -cd, classes [:upper:] [:digit:] [:space:], ranges and escapes.
echo 'Hello World 123' | tr a-z A-Z
echo 'Hello World 123' | tr '[:lower:]' '[:upper:]'
echo 'Hello World 123' | tr -d '[:digit:]'
echo 'aaabbbccc   dd' | tr -s 'a-z '
echo 'aaabbbccc   dd' | tr -s ' '
echo 'Hello, World! 42' | tr -cd '[:alnum:]\n'
echo 'Hello, World! 42' | tr -c '[:alpha:]' '_'
echo 'a b	c' | tr '[:space:]' '\n'
echo 'abc' | tr 'abc' 'x'
echo 'hello' | tr -s 'l' 'L'
printf 'a\r\nb\r\n' | tr -d '\r' | od -c | head -2
echo abc | tr; echo "rc=$?"
echo abc | tr -d; echo "rc=$?"
echo abc | tr a; echo "rc=$?"
