# shell: sh
# mkdir -m sets the mode, regardless of umask; -p parents get umask modes.
cd /tmp
mkdir -m 700 a; stat -c '%n %a' a
umask 077; mkdir b; stat -c '%n %a' b
umask 022; mkdir -p -m 711 c/d; stat -c '%n %a' c c/d
mkdir -m u=rwx,g=rx,o= e; stat -c '%n %a' e
