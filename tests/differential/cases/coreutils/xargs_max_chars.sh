# shell: sh
# xargs -s: the command line size limit (arguments counted with their NUL), and its errors
for n in 5 10 12 13 14 20; do echo "s=$n: $(echo 'aaa bbb c' | xargs -s $n echo 2>&1 | tr '\n' '|') rc=$?"; done
echo 'aaa' | xargs -s 0 echo; echo "rc=$?"
echo 'aaa' | xargs -s x echo; echo "rc=$?"
seq 1 12 | xargs -s 16 echo
seq 1 6 | xargs -s 20 -n 2 echo
