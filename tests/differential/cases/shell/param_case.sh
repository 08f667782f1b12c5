# shell: bash
# bash case modification ${v^} ${v^^} ${v,} ${v,,}.
v=hello; V=WORLD
echo "${v^}" "${v^^}" "${V,}" "${V,,}"
