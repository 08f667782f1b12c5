# shell: bash
# for over $@ by default, C-style for with several variables, break 2, continue in while.
set -- one "two three"
for a; do echo "[$a]"; done
for ((i=0, j=10; i<3; i++, j--)); do echo "$i $j"; done
for x in 1 2 3; do for y in a b; do [ $x = 2 ] && break 2; echo $x$y; done; done
n=0; while [ $n -lt 5 ]; do n=$((n+1)); [ $n = 3 ] && continue; echo -n "$n "; done; echo
for i in {1..3}; do :; done; echo "last $i"
