# shell: sh
# fmt -u uniform spacing, -s split only, -c crown, -t tagged, -p prefix, -g goal.
cat > /tmp/p.txt <<'X'
The quick brown fox jumps over the lazy dog. This is a sentence.  And here is another one.
Second line of the same paragraph.
  Indented line.
X
fmt -u -w 30 /tmp/p.txt; echo ---
fmt -s -w 30 /tmp/p.txt; echo ---
fmt -c -w 30 /tmp/p.txt; echo ---
fmt -t -w 30 /tmp/p.txt; echo ---
printf '# a b c d e f g h i j k l m n o p q r s t u v w x y z\n# x y\nplain\n' | fmt -p '#' -w 20
seq 50 | fmt -w 20 -g 10
fmt -60 /tmp/p.txt | head -n 2; fmt -w x; fmt nope
