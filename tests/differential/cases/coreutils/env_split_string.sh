# shell: sh
# env -S splits one argument with quotes, escapes, comments and ${VAR}.
env -i -S 'A=1 B="x y" env'
env -S"printf %s\\n 'a b' c\\_d"
env -i -S 'echo ${NOPE}x'
env -S'echo a #comment'
env -S'echo "a\tb" x\ty' | od -c | head -n 1
env -S'echo \"q\" \$HOME'
env -S 'echo a\cb c'
env -i X=abc -S 'printenv X'
