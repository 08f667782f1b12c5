# shell: sh
# Functions can be redefined and unset -f.
f() { echo one; }; f
f() { echo two; }; f
unset -f f
f 2>/dev/null || echo "gone: $?"
