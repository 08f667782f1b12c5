# shell: sh
# ls of a missing file: cannot access message, status 2, others still listed.
mkdir /tmp/w && cd /tmp/w && touch here
ls here nope; echo "status $?"
ls nope1 nope2; echo "status $?"
