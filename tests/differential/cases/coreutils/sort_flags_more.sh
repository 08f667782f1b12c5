# shell: sh
# sort -n -r -k -t -u -h -f -s combinations (a learner's common uses).
printf '10 b\n2 a\n33 c\n2 d\n' > /tmp/s
sort /tmp/s
sort -n /tmp/s
sort -nr /tmp/s
sort -k2 /tmp/s
sort -k1,1n -k2,2r /tmp/s
sort -u -k1,1n /tmp/s
printf '1K\n3M\n2G\n512\n10K\n' | sort -h
printf 'root:x:0\nbin:x:2\ndaemon:x:1\n' | sort -t: -k3n
printf 'b\nA\na\nB\n' | sort -f
printf 'b\nA\na\nB\n' | sort
printf 'x\ny\nx\n' | sort -u
printf '3\n1\n2\n' | sort -c; echo "rc=$?"
sort -n nope; echo "rc=$?"
