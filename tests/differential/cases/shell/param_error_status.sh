# shell: bash
# ${x?} and set -u end bash -c with 127 but a script (or a subshell) with 1.
bash -c ': ${x:?m}'; echo "c: $?"
bash -c 'set -u; : $zz'; echo "c -u: $?"
bash -c '( : ${x:?m} ); echo "sub: $?"'
bash -c 'eval ": \${x:?m}"'; echo "c eval: $?"
printf ': ${x:?m}\n' > /tmp/s1.sh; bash /tmp/s1.sh; echo "script: $?"
printf 'set -u\n: $zz\n' > /tmp/s2.sh; bash /tmp/s2.sh; echo "script -u: $?"
printf 'f() { : ${x?}; }\nf\n' > /tmp/s3.sh; bash /tmp/s3.sh; echo "script f: $?"
dash -c ': ${x:?m}'; echo "dash: $?"
