# shell: sh
# nice prints the niceness (0); nice -n 5 nice prints 5.
nice
nice -n 5 nice
nice -n 19 nice -n 5 nice
