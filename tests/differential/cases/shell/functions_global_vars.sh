# shell: sh
# Variables assigned in a function are global unless declared local.
f() { v=inner; }
v=outer; f; echo $v
g() { local w; w=local-val; echo "in g: $w"; }
w=global; g; echo "after g: $w"
