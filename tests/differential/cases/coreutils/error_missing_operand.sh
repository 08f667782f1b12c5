# shell: sh
# missing operand messages for common tools.
for c in cp mv rm mkdir rmdir ln chmod chown touch basename dirname mktemp-free; do
  case $c in *-free) continue;; esac
  $c </dev/null; echo "$c rc=$?"
done
