# shell: bash
# declare -i evaluates assignments arithmetically; += adds; -l/-u convert; typeset works too.
declare -i n=2+3; echo $n
n+=10; echo $n
n="n * 2"; echo $n
declare -i bad; bad=abc; echo "[$bad]"
s=1; s+=1; echo $s
typeset -u U=hello; echo $U
declare +i n; n=1+1; echo $n
