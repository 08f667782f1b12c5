# shell: sh
# nice prints the niceness; -n adds to it; nice of a nice.
nice
nice -n 5 nice
nice -n 5 nice -n 3 nice
nice -n 30 nice
nice -n -5 nice
