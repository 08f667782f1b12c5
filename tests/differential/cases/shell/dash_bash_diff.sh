# shell: bash
# the same lines through dash and bash: echo escapes, [[, arrays, $'..', function keyword, local.
for sh in dash bash; do
  echo "== $sh"
  $sh -c 'echo "a\tb"' | od -c | head -1
  $sh -c '[[ 1 == 1 ]] && echo yes' 2>&1 | sed 's/line 1: //'
  $sh -c 'a=(1 2); echo ${a[1]}' 2>&1 | sed 's/line 1: //'
  $sh -c "echo \$'x\\ty'"
  $sh -c 'f() { local v=1; echo $v; }; f'
done
