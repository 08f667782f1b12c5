# shell: sh
# readlink plain, -f, -e, -m on chains, missing parts and loops.
mkdir -p /tmp/w/a/b && cd /tmp/w && touch a/b/f && ln -s a/b/f l1 && ln -s l1 l2 && ln -s loop2 loop1 && ln -s loop1 loop2
readlink l2
readlink -f l2
readlink -e l2
readlink -f missing/x; echo "rc=$?"
readlink -m missing/x/../y
readlink -e missing; echo "rc=$?"
readlink a; echo "rc=$?"
readlink -f loop1; echo "rc=$?"
readlink -e loop1; echo "rc=$?"
readlink -f ./a/./b/../b/f
readlink -n l1; echo
