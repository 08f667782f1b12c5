# shell: bash
# Brace expansion: lists, sequences, steps, zero padding, letters, nesting, cartesian product.
echo {a,b,c}
echo x{1,2}y
echo {1..5} {5..1} {1..10..3} {01..03} {a..e} {a..e..2}
echo {a,b}{1,2}
echo {a,{b,c}}d
echo "{a,b}" {a} {} a{,b}
