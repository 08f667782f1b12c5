# shell: bash
# Arithmetic: unset is 0, strings are variable names, recursive evaluation.
unset u; echo $((u + 1))
a=b; b=7; echo $((a + 1))
e="3 + 4"; echo $((e * 2))
x=; echo $((x + 0))
