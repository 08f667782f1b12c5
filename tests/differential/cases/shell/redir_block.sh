# shell: sh
# Redirections on compound commands apply to the whole block.
cd /tmp
{ echo a; echo b; } > f; cat f
for i in 1 2 3; do echo $i; done > g; cat g
if true; then echo in-if; fi > h; cat h
while read -r l; do echo "<$l>"; done < g
