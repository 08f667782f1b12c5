# shell: sh
# ls -lh and -s sizes: K, M suffixes and rounding up.
mkdir /tmp/w && cd /tmp/w
truncate -s 1023 a; truncate -s 1025 b; truncate -s 1536000 c; truncate -s 0 e
touch -d '2020-01-01' a b c e
ls -lh a b c e | awk '{print $5, $9}'
ls -l --si c | awk '{print $5}'
ls -lS | awk 'NR>1{print $9}'
ls -lSr | awk 'NR>1{print $9}'
