# shell: bash
# dash exits 2 on an assignment to a readonly variable, except in read (status 2).
for c in 'x=2' 'x=2 true' 'x=2 /bin/echo ext' ': $((x=2))' 'export x=2' 'readonly x=2' 'for x in 1; do :; done' 'read x </etc/passwd'; do
  dash -c "readonly x=1; $c; echo \"status \$?\""; echo "rc=$?"
done 2>&1
