# shell: sh
# awk associative arrays, counting words, in, delete, split, for-in sorted by sort.
printf 'a b a\nc a b\n' > /tmp/w
awk '{for (i=1;i<=NF;i++) c[$i]++} END {for (k in c) print k, c[k]}' /tmp/w | sort
awk 'BEGIN {n = split("x:y:z", a, ":"); print n, a[1], a[3]}'
awk 'BEGIN {n = split("one two  three", a); print n, a[2]}'
awk 'BEGIN {a["k"]=1; if ("k" in a) print "yes"; delete a["k"]; if (!("k" in a)) print "gone"}'
awk '{seen[$0]++} END {print length(seen)}' /tmp/w
awk '!seen[$1]++' /tmp/w
awk 'BEGIN {a[1,2]=3; for (k in a) {split(k, p, SUBSEP); print p[1], p[2], a[k]}}'
