# shell: sh
# nice adds to the niceness, clamps to -20..19, and children inherit it.
nice -5 nice
nice --adjustment=3 nice
nice -n 100 nice; nice -n -100 nice
nice -n 2 -- nice -n 3 nice
nice -n 4 sh -c 'nice; cut -d" " -f18,19 /proc/self/stat'
nice -n 5; echo "status $?"
nice -n x nice; nice nosuchcmd; echo "status $?"
