# shell: bash
# here-strings add a newline, expand variables, and can feed read and while loops.
x="a b"
cat <<< "$x"
cat <<< $x
wc -c <<< ""
tr a-z A-Z <<< 'quoted $x'
while read -r w; do echo "<$w>"; done <<< "$(printf '1\n2')"
