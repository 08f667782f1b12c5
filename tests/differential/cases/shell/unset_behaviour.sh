# shell: bash
# unset of variables, array elements, functions; readonly refuses; unset -v vs -f.
x=1; unset x; echo "[${x-unset}]"
a=(1 2 3); unset 'a[1]'; echo "${a[@]} ${#a[@]}"
unset a; echo "[${a[@]-gone}]"
f() { :; }; unset -f f; type f 2>&1 | sed 's/.*line [0-9]*: //'
readonly r=1; unset r 2>&1 | sed 's/.*line [0-9]*: //'; echo "$r"
g=5; g() { :; }; unset g; echo "[${g-var gone}]"; type -t g
