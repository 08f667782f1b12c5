# shell: sh
# everyday pipelines: word frequency, csv column, uppercasing file names.
printf 'the cat and the dog and the bird\n' | tr ' ' '\n' | sort | uniq -c | sort -rn | head -3
printf 'id,name,score\n1,ann,90\n2,bo,85\n' | cut -d, -f2 | tail -n +2
printf 'id,name,score\n1,ann,90\n2,bo,85\n' | awk -F, 'NR>1 {s+=$3} END {print s/(NR-1)}'
echo 'Some Mixed CASE' | tr '[:upper:]' '[:lower:]' | tr ' ' _
ls /nonexistent 2>&1 | wc -l
seq 100 | paste -sd+
