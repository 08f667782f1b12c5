# shell: bash
# extglob patterns in globs, case and [[ ]]; nullglob; dotglob; globstar.
shopt -s extglob
mkdir -p /tmp/g/sub/deep && cd /tmp/g && touch a.txt b.log c.txt .hidden sub/x.txt sub/deep/y.txt
echo !(*.txt)
echo @(a|b).*
echo +([a-c]).txt
case foo123 in +([a-z])+([0-9])) echo "case extglob" ;; esac
[[ abab == *(ab) ]] && echo "[[ extglob"
echo *.none
shopt -s nullglob; echo "[" *.none "]"; shopt -u nullglob
echo *; shopt -s dotglob; echo *; shopt -u dotglob
shopt -s globstar; echo **/*.txt
shopt globstar nullglob
