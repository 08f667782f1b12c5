# shell: sh
# Here-docs inside functions and loops; expansion at run time.
f() {
  cat <<EOT
value is $1
EOT
}
f one; f two
for i in 1 2; do cat <<X
iter $i
X
done
