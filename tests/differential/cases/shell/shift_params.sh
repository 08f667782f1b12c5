# shell: sh
# shift N drops parameters; shift past the end fails.
set -- 1 2 3 4
shift; echo "$*"
shift 2; echo "$*"
shift; echo "[$*] $#"
