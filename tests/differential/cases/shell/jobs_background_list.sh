# shell: bash
# jobs lists background jobs of a script with job numbers.
sleep 2 &
sleep 2 &
jobs | sed 's/  */ /g'
kill %1 %2
wait 2>/dev/null
jobs
