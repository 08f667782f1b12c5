# shell: sh
# /usr/bin/[ string and integer operators, !, -a, -o, parentheses, exit codes and errors.
B='/usr/bin/['
t() { "$B" "$@" ]; echo "$* -> $?"; }
t -z ""; t -n ""; t abc; t ""; t a = a; t a != b; t a '<' b; t 2 -eq 2; t 2 -ne 3; t 1 -lt 2
t 3 -le 2; t 3 -gt 2; t 3 -ge 4; t ! a = b; t a = a -a b = c; t a = a -o b = c
t '(' 1 -eq 1 ')'; t -5 -lt 3
t 1 -eq x; t a -eq 1; t 1 -foo 2; t a b
"$B" 1 -eq 1; echo "missing ] -> $?"
/usr/bin/test; echo "empty -> $?"
/usr/bin/test --help | head -1
