# shell: bash
# jobs lists background jobs with their state in an interactive-less script.
sleep 5 & sleep 6 &
jobs
kill %1 %2
wait 2>/dev/null
jobs
