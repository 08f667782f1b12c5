# shell: bash
# FUNCNAME, caller, BASH_SOURCE[0] basename and LINENO inside functions.
inner() { echo "${FUNCNAME[@]}"; echo "line $LINENO"; caller 0 | sed 's|/run/vlab-case/||'; }
outer() { inner; }
outer
echo "top: ${FUNCNAME[0]-none}"
basename "${BASH_SOURCE[0]}"
f() { return $LINENO; }; f; echo "rc $?"
caller; echo "caller outside $?"
