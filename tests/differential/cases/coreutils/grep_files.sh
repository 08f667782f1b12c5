# shell: sh
# grep over several files prefixes names; -l -L -h -r; -q.
mkdir -p /tmp/w/s && cd /tmp/w
echo hit > a; echo miss > b; echo hit > s/c
grep hit a b
grep -l hit a b
grep -L hit a b
grep -h hit a s/c
grep -r hit . | sort
grep -q hit a && echo "quiet match"
