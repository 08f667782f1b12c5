# shell: sh
# ls -R headers and blank lines; -R on several dirs; ls -lR totals masked.
mkdir -p /tmp/w/a/b/c /tmp/w/z && cd /tmp/w && touch a/1 a/b/2 a/b/c/3 z/4
ls -R
ls -R a z
ls -R1 a/b
