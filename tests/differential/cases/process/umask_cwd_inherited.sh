# shell: sh
# umask and the working directory are inherited by children.
umask 077; cd /tmp
sh -c 'umask; pwd'
(umask 0; sh -c umask)
umask
