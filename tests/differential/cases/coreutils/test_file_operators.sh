# shell: sh
# /usr/bin/test and [ file operators: -e -f -d -L -h -s -r -w -x -nt -ot -ef -p -c -b -S -k -u -g.
T=/usr/bin/test; cd /tmp
touch e; printf x > s; mkdir d; ln -s s l; mkfifo p; chmod +x s; chmod u+s e; chmod +t d
touch -d 2000-01-01 e; touch -d 2020-01-01 s
for op in -e -f -d -L -h -s -r -w -x -p -c -b -S -k -u -g; do
  r=""; for f in e s d l p /dev/null nope; do if $T $op $f; then r="$r 1"; else r="$r 0"; fi; done
  echo "$op$r"
done
$T s -nt e && echo nt; $T e -ot s && echo ot; $T s -ef l && echo ef; $T s -nt nope && echo nt-missing
$T e -ef s || echo not-ef
