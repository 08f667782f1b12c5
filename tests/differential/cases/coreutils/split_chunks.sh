# shell: sh
# split -n N, l/N and K/N chunk by size; -e drops empty files.
mkdir /tmp/w && cd /tmp/w
seq 10 > f
split -n 4 f; wc -c x* | tr '\n' ' '; echo; rm x*
split -n l/4 f; wc -c x* | tr '\n' ' '; echo; rm x*
split -n l/8 f; wc -c x* | tr '\n' ' '; echo; rm x*
split -n 30 f; ls x* | wc -l; rm x*
split -e -n 30 f; ls x* | wc -l; rm x*
split -n 2/3 f
