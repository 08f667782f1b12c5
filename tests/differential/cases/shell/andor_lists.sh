# shell: sh
# && and || are left-associative with equal precedence.
true && echo a || echo b
false && echo a || echo b
false || true && echo c
true || echo never && echo d
