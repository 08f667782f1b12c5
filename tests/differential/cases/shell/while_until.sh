# shell: sh
# while and until loops, break and continue.
i=0; while [ $i -lt 5 ]; do i=$((i + 1)); [ $i = 2 ] && continue; [ $i = 4 ] && break; echo "w $i"; done
j=0; until [ $j -ge 3 ]; do echo "u $j"; j=$((j + 1)); done
