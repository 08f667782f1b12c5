# shell: sh
# awk: getline var < file as a plain statement (not inside while), with close() to re-read
printf 'k1 a\nk2 b\n' > m
echo 'x' | awk '{getline line < "m"; print line; getline line < "m"; print line; close("m"); getline line < "m"; print line}'
echo 'x' | awk '{getline < "m"; print $2, NR, FNR}'
echo 'x' | awk '{ r = getline line < "nofile"; print r }'
awk 'BEGIN { while ((getline l < "m") > 0) n++; print n }'
printf '1\n2\n3\n' | awk 'NR==1{getline; print "got", $0} END{print NR}'
