# shell: sh
# tr: which character classes string2 may hold when translating, and the errors for the rest
for a in '[:digit:]' '[:alpha:]' '[:upper:]' '[:lower:]' '[:space:]'; do
  for b in '[:digit:]' '[:upper:]' '[:lower:]' x '[:alpha:]'; do
    r=$(echo aB1 | tr "$a" "$b" 2>&1; echo "rc=$?")
    echo "$a -> $b: $r"
  done
done
echo aB1 | tr -c '[:alpha:]' '[:upper:]'; echo "rc=$?"
echo 'Hello World' | tr '[:lower:][:upper:]' '[:upper:][:lower:]'
echo aB1 | tr -d '[:digit:]'; echo aB1 | tr -s '[:alpha:]' '[:digit:]'; echo "rc=$?"
