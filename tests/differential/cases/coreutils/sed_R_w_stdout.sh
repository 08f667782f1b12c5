# shell: sh
# sed R (one line of a file per cycle), w /dev/stdout keeping its place in the output, s///w
printf 'a\nb\nc\n' > f; printf '1\n2\n' > g
sed 'R g' f
echo ---; sed '1R g' f
echo ---; sed 'R nofile' f
echo ---; sed 's/b/X/w /dev/stdout' f
echo ---; sed -n '/[ab]/w /dev/stdout' f
echo ---; sed 's/a/A/w out' f; cat out
echo ---; sed -n '/c/W out2' f; cat out2
echo ---; sed '2r g' f
