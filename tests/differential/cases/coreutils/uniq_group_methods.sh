# shell: sh
# uniq --group[=METHOD], --all-repeated=METHOD, and their usage errors
printf 'a\na\nb\nc\nc\n' > f
for m in separate prepend append both; do echo "== group=$m"; uniq --group=$m f; done
echo "== group"; uniq --group f
for m in none prepend separate; do echo "== all-repeated=$m"; uniq --all-repeated=$m f; done
echo "== -D"; uniq -D f
echo "== errors"
uniq --group -c f; echo "rc=$?"
uniq -D -c f; echo "rc=$?"
uniq --group=x f; echo "rc=$?"
uniq --all-repeated=bogus f; echo "rc=$?"
uniq --group=pre f; echo "rc=$?"
