# shell: sh
# sed N, P, D, h, G, x: join lines, reverse, double-space.
printf '1\n2\n3\n4\n' | sed 'N;s/\n/+/'
printf '1\n2\n3\n' | sed -n '1!G;h;$p'
printf 'a\nb\n' | sed G
printf 'a\nb\nc\n' | sed -n '$='
