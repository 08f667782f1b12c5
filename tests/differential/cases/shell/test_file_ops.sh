# shell: sh
# test file operators: -e -f -d -s -r -w -x -L, -nt, and ! and -a/-o.
cd /tmp && rm -rf tf && mkdir tf && cd tf
touch empty; echo x > full; mkdir dir; ln -s full link; chmod +x full
for t in -e -f -d -s -x -L -h; do for f in empty full dir link nope; do [ $t $f ] && printf '%s %s\n' "$t" "$f"; done; done
[ ! -e nope ] && echo "not nope"
[ -f full -a -d dir ] && echo "and"
[ -f nope -o -d dir ] && echo "or"
