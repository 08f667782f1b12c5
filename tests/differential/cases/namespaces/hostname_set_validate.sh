# shell: bash
# hostname in a UTS namespace: which names it refuses, -s/-f/-d/-y, -F FILE, -b, and its usage errors.
unshare -u bash -c '
hostname start
for n in "" "a b" "-x" "foo-" ".a" "a." "a..b" "a.-b" "a_b" "é" "1abc" "a--b" "web.example.org"; do
  hostname -- "$n"; echo "[$n] rc=$? now=$(hostname)"
done
hostname "$(printf "a%.0s" $(seq 1 65))"; echo "long rc=$?"
hostname nosuch.example.invalid; hostname -s; hostname -f; echo "f rc=$?"; hostname -d; echo "d rc=$?"
hostname -y; echo "y rc=$?"
printf "# comment\n\n  fromfile  \n" > /tmp/hf; hostname -F /tmp/hf; hostname
hostname -F /nonexistent; echo "F rc=$?"
hostname -b; echo "b rc=$?"
hostname a b 2>&1 | head -1; echo "two rc=${PIPESTATUS[0]}"
hostname -z 2>&1 | head -2; echo "z rc=${PIPESTATUS[0]}"
hostname --help | head -1; echo "help rc=${PIPESTATUS[0]}"
hostname -V
' 2>&1
