# shell: sh
# sha224/384/512sum and b2sum (-l), --tag, and -c round trips.
cd /tmp
printf 'hello\n' > h; printf '' > e
sha224sum h e; sha384sum h; sha512sum e
b2sum h; b2sum -l 256 h; b2sum --tag -l 128 e
sha512sum h > sums; sha512sum -c sums
b2sum -l 12 h; echo "status $?"
