# shell: bash
# select lays a long menu out in columns by COLUMNS; declare -f prints a select loop back.
COLUMNS=40
select x in alpha beta gamma delta epsilon zeta eta theta iota kappa lambda; do break; done <<< 1 2>&1
declare -f f 2>/dev/null; f() { select v in a b; do echo $v; done; }; declare -f f
