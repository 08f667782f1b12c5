# shell: sh
# split widens suffixes past xyz, numeric ones past x89; -a 1 runs out.
mkdir /tmp/w && cd /tmp/w
seq 700 | split -l 1; ls | tail -n 2; ls | wc -l; rm x*
seq 120 | split -l 1 -d; ls | tail -n 2; rm x*
seq 10 | split --numeric-suffixes=5 -l 5; ls
seq 30 | split -a 1 -l 1; echo "status $?"
split -l 0 x05; split f a b c; split nope; echo "status $?"
