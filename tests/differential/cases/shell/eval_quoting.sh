# shell: bash
# eval re-parses its arguments: indirect variable names, building commands, quoting with %q.
name=greeting; eval "$name='hi there'"; echo "$greeting"
cmd='echo "a  b"'; eval "$cmd"
set -- "x y" z; eval "last=\${$#}"; echo "$last"
v='$(echo nope)'; eval "echo '$v'"
eval 'for i in 1 2; do echo $i; done'
eval "echo \$(( 2 + 3 ))"
