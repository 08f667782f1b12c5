# shell: sh
# fmt fills paragraphs the way GNU's cost function breaks them; sentence spacing kept.
cat > /tmp/p.txt <<'X'
The quick brown fox jumps over the lazy dog. This is a sentence.  And here is another one that goes on for a while, with commas, and (parentheses) too!
Second line of the same paragraph continues here and it is rather long indeed, longer than needed.

  Indented paragraph line one that is long enough to need wrapping at some point soon.
  Indented line two.
    Deeper indent starts a new paragraph here.
X
fmt /tmp/p.txt
fmt -w 40 /tmp/p.txt
seq 100 | tr '\n' ' ' | fmt
