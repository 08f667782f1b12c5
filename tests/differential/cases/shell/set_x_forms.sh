# shell: bash
# set -x: tab kept raw in quotes, array assignments, for/case lines as written, PS4 expanded (old PS4 for its own assignment).
set -x
echo 'a b' "c'd" '' $'\t' $'\x01' 'x"y' '$HOME' '*'
arr=(1 'two three')
for i in 1 "a b"; do :; done
case "x y" in *) ;; esac
(( 1 + 2 ))
PS4='+${LINENO}: '
echo ps4
PS4='[$((1+1))] '
x=5
set +x
dash -c 'set -x; PS4="<\$x> "; x=1; echo hi; for i in 1; do :; done' 2>&1
