# shell: bash
# jobs with job specs: only those jobs; an unknown spec is "no such job", status 1.
sleep 5 &
jobs %1
jobs %sl
jobs %3; echo "rc=$?"
jobs 3; echo "rc=$?"
jobs %1 %4; echo "rc=$?"
jobs -p %1 | wc -l
kill %1; wait 2>/dev/null
jobs %1; echo "rc=$?"
