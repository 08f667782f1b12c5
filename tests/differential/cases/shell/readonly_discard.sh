# shell: bash
# bash abandons the rest of a command line that assigns a readonly variable, then reads on.
readonly x=1
x=2; echo "not reached"
echo "next line $?"
f() { x=3; echo "not reached"; }
f; echo "not reached"
for i in 1 2; do x=4; echo "not reached"; done; echo "not reached"
(x=5; echo "not reached"); echo "subshell $?"
eval 'x=6; echo "not reached"'; echo "eval $?"
: $((x=7)); echo "not reached"
x=8 echo "prefix runs"; echo "prefix $?"
read x <<< hi; echo "read $?"
for x in 1; do :; done; echo "for $?"
declare x=9; echo "declare $?"
export x=10; echo "export $?"
echo "x=$x"
