# shell: sh
# The classic counting pipelines: seq | grep WORD | sort | uniq -c | sort -rn | head, wc -l/-c.
seq 1 1000 | grep 7 | wc -l
seq 1 1000 | grep -c 99
seq 5 3 30 | grep 1
printf 'apple\nbanana\napple\ncherry\nbanana\napple' | sort | uniq -c | sort -rn
printf 'b\nA\na\nB\n\n' | sort -r
seq 0 2000000 | tail -1
seq -s ' ' 1 10 | wc -c
printf 'x7y\nno\n77' | grep 7
printf 'one\ntwo\n' | grep -q tw; echo "q=$?"
seq 10 | grep 11; echo "none=$?"
yes hello | head -n 1234567 | uniq -c
