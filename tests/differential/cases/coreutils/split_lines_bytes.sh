# shell: sh
# split -l/-b/-C with default and custom names, -a, --additional-suffix.
mkdir /tmp/w && cd /tmp/w
seq 10 > f
split -C 7 f; head -c 100 xaa xab; rm x*
split -l 3 -a 3 --additional-suffix=.txt f q; ls q*
split -b 3 -d -a 3 f z; ls z*
seq 5 | split -l 2 - pre; ls pre*
split --verbose -l 5 f v
