# shell: bash
# dash has none of bash's extra builtins: source, declare, let, shopt... are "not found" there.
for c in 'source /dev/null' 'declare -p x' 'let x=1' 'shopt' 'builtin echo hi' 'mapfile' 'typeset x=1' 'help' 'disown' 'caller'; do
  dash -c "$c"; echo "rc=$?"
done 2>&1
dash -c 'type let source local; command -v declare; echo $?' 2>&1
bash -c 'type let source; command -v declare'
