# shell: sh
# diff -i -w -B ignore case, whitespace, blank lines.
cd /tmp
printf 'Hello World\n' > a; printf 'hello   world\n' > b
diff -i a b >/dev/null; echo "i: $?"
diff -iw a b; echo "iw: $?"
printf 'x\n\ny\n' > c; printf 'x\ny\n' > d
diff -B c d; echo "B: $?"
