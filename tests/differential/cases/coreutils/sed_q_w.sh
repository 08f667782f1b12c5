# shell: sh
# sed q and Q quit with a status; w writes a file; r reads one.
cd /tmp
seq 5 | sed 3q
seq 5 | sed '3q5'; echo "status $?"
seq 5 | sed 3Q
seq 3 | sed -n '/2/w out'; cat out
echo INS > ins; seq 2 | sed '1r ins'
