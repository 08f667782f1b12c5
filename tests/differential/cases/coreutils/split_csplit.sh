# shell: sh
# split into chunks by lines with default names.
mkdir /tmp/w && cd /tmp/w
seq 10 > f
split -l 4 f
ls
cat xac
split -b 5 -d f p_; ls p_*
