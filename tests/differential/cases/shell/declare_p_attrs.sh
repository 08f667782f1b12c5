# shell: bash
# declare -p: nameref shown as itself, -t, case attributes after x, declared-but-empty arrays, local listing.
declare -n ref=target; declare -p ref
declare -nr ref2=target; declare -p ref2
declare -lx low=ABC; declare -p low
declare -ur up=abc; declare -p up
declare -it t=1; declare -p t
declare -a arr; declare -p arr
declare -a arr2=(); declare -p arr2
declare -A map; declare -p map
arr[3]=x; declare -p arr
f() { local b=2 a=1; local c; local -a la=(1); local; echo ---; local -p; }; f
