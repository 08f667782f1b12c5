# shell: sh
# expr arithmetic, comparison, string match, length; exit statuses.
expr 2 + 3
expr 7 / 2 ; expr 7 % 3
expr 3 \* 4
expr 2 \< 3
expr abcdef : 'abc'
expr abcdef : 'a\(..\)'
expr length hello
expr 0; echo "status $?"
expr 1 / 0; echo "status $?"
expr a + 1; echo "status $?"
