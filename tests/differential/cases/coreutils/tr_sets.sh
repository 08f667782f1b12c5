# shell: sh
# tr translates, -d deletes, -s squeezes, -c complements, ranges and classes.
echo hello | tr a-z A-Z
echo hello | tr -d l
echo 'aa  bb   c' | tr -s ' '
echo 'abc123' | tr -cd '0-9'; echo
echo 'Hello World' | tr '[:lower:]' '[:upper:]'
echo 'a,b;c' | tr ',;' '\n\n'
echo abc | tr abc x
printf 'x\0y' | tr '\0' '\n'
