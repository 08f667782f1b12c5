# shell: sh
# split -C splits a line longer than the limit into pieces.
mkdir /tmp/w && cd /tmp/w
printf 'aaaaaaaaaa\nb\ncc\n' > f
split -C 4 f; for x in x*; do printf '%s:' $x; od -An -c $x | tr -s ' '; done
