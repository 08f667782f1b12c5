# shell: bash
# A here-document cut short by the end of the text: bash's warning and its two line numbers.
bash -c 'cat <<E'; echo "rc=$?"
bash -c 'cat <<E
abc'; echo "rc=$?"
bash -c 'echo hi; cat <<E
one
two'; echo "rc=$?"
printf 'echo start\ncat <<E\nabc' > /tmp/h1.sh; bash /tmp/h1.sh; echo "rc=$?"
printf 'echo start\ncat <<E\nabc\n' > /tmp/h2.sh; bash /tmp/h2.sh; echo "rc=$?"
dash -c 'cat <<E
abc'; echo "rc=$?"
dash -c 'cat <<E
abc
'; echo "rc=$?"
