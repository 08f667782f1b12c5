# shell: sh
# "Try 'X --help'" lines for bad options and missing operands across common tools.
for c in cat cp mv rm mkdir ln chmod head tail cut sort uniq wc touch; do $c --no-such-opt </dev/null; echo "$c rc=$?"; done
