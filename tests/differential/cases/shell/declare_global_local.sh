# shell: bash
# declare -g from a function sets a global; local -a/-A arrays; declare inside a function is local.
f() { declare -g G=global; declare L=local; local -a arr=(1 2); local -A m=([k]=v); echo "${arr[1]} ${m[k]} $L"; }
f
echo "G=$G L=[${L-unset}]"
g() { local x; echo "[${x-unset-local}]"; x=1; [[ -v x ]] && echo "x now set"; }
g
h() { local -i n=3+4; echo $n; }; h
