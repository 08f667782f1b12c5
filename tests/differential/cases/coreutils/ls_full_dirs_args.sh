# shell: sh
# ls with a file and directory argument lists files first.
mkdir -p /tmp/w/dir && cd /tmp/w && touch dir/in z
ls z dir
ls -l z dir | sed 's/ [A-Z][a-z][a-z] .* / DATE /'
