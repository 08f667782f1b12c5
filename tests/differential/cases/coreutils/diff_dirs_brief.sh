# shell: sh
# diff -r and -rq on directories: Only in, Files differ, common subdirs.
mkdir -p /tmp/a/s /tmp/b/s && cd /tmp
echo 1 > a/f; echo 2 > b/f; echo same > a/s/g; echo same > b/s/g; echo x > a/only; echo y > b/s/new
diff -rq a b; echo "rc=$?"
diff -r a b; echo "rc=$?"
diff a b; echo "rc=$?"
