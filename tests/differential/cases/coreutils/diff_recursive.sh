# shell: sh
# diff -r between directories reports only-in and differing files.
mkdir -p /tmp/a /tmp/b && cd /tmp
echo 1 > a/same; echo 1 > b/same; echo 1 > a/diff; echo 2 > b/diff; echo x > a/only
diff -r a b; echo "status $?"
diff -qr a b
