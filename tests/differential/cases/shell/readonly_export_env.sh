# shell: bash
# export makes a variable visible to children; VAR=x cmd sets it for one command only; env -i.
x=1; bash -c 'echo "child sees [${x-}]"'
export x; bash -c 'echo "child sees [$x]"'
y=2 bash -c 'echo "one-shot y=$y"'; echo "after [${y-}]"
export -n x; bash -c 'echo "unexported [${x-}]"'
env -i bash -c 'echo "env -i PATH set: ${PATH:+yes}"' 
declare -x Z=9; env | grep '^Z='
