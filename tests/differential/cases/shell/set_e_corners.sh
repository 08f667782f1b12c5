# shell: bash
# set -e does not trigger in conditions, && lists (except last), or negated commands.
set -e
if false; then :; fi
false || echo "or ok"
false && echo never
! true
while false; do :; done
f() { false; echo "in f after false"; }
f || echo "f failed"
x=$(false) || echo "subst failed"
echo before
( false; echo never ) ; echo "not reached"
