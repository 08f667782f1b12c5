# shell: bash
# reading a colon-separated file with IFS=: read -r into fields, skipping comments.
printf '# comment\nalice:x:1000:Alice A\nbob:x:1001:Bob\n\ncarol:x:1002:\n' > /tmp/users
while IFS=: read -r user _ uid name; do
  [[ -z $user || $user == \#* ]] && continue
  echo "$user uid=$uid name=[${name}]"
done < /tmp/users
IFS= read -r first < /tmp/users; echo "first=[$first]"
