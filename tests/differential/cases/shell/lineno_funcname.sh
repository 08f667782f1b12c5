# shell: bash
# LINENO counts script lines; FUNCNAME names the call stack.
echo "line $LINENO"
f() { echo "in ${FUNCNAME[0]} called from ${FUNCNAME[1]}"; g; }
g() { echo "stack: ${FUNCNAME[*]}"; }
f
