# shell: sh
# mkdir -p, -pv messages, -m, existing dirs, parent missing.
cd /tmp
mkdir -pv a/b/c
mkdir -pv a/b/c; echo "rc=$?"
mkdir -v x
mkdir x; echo "rc=$?"
mkdir q/r; echo "rc=$?"
mkdir -m 700 m; stat -c '%a' m
mkdir -p -m 711 p1/p2; stat -c '%n %a' p1 p1/p2
touch file; mkdir -p file/sub; echo "rc=$?"
