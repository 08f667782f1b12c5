# shell: sh
# Functions take positional parameters; return sets the status.
f() { echo "f got $# args: $*"; return 3; }
f a b; echo "status $?"
echo "outer \$# is $#"
g() { echo "$1"; shift; echo "$1"; }
g x y
