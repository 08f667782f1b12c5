# shell: bash
# ((i++)) returns 1 when the old value was 0 — the set -e trap.
i=0
((i++)); echo "status $? i=$i"
((i++)); echo "status $? i=$i"
bash -c 'set -e; i=0; ((i++)); echo not reached'; echo "status $?"
