# shell: sh
# expr arithmetic, comparison, match, substr, index, length, and errors/exit codes.
expr 1 + 2; expr 10 - 3; expr 6 \* 7; expr 17 / 5; expr 17 % 5
expr 3 \< 5; expr 5 = 5; expr a != a; echo "rc=$?"
expr abcdef : 'abc'; expr abcdef : '\(b.*\)'; expr abcdef : 'x'; echo "rc=$?"
expr length hello; expr substr hello 2 3; expr index hello l
expr match hello 'h.*o'
expr 0; echo "rc=$?"
expr '' \| b; expr a \& 0; echo "rc=$?"
expr 1 / 0; echo "rc=$?"
expr a + 1; echo "rc=$?"
expr 1 +; echo "rc=$?"
expr \( 2 + 3 \) \* 4
expr -5 + 2
