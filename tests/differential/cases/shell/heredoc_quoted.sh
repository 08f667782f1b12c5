# shell: sh
# A quoted here-doc delimiter keeps the body literal.
name=world
cat <<'END'
hello $name $(echo no) `no`
END
cat <<"E2"
$name
E2
