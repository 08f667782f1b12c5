# shell: sh
# findmnt columns: SOURCE shows a bind mount's root as tmpfs[/dir], FSROOT, VFS- and FS-OPTIONS, -v.
mkdir -p /tmp/t && mount -t tmpfs tmpfs /tmp/t && mount --make-private /tmp/t
mkdir -p /tmp/t/a /tmp/t/b
mount -t tmpfs -o size=2m,mode=750 data /tmp/t/a
mkdir /tmp/t/a/sub
mount --bind /tmp/t/a/sub /tmp/t/b
findmnt -o TARGET,SOURCE,FSROOT,FSTYPE,VFS-OPTIONS,FS-OPTIONS /tmp/t/b
findmnt -v -n -o SOURCE /tmp/t/b
findmnt -n -o PROPAGATION,OPT-FIELDS /tmp/t/a
findmnt -n -o TARGET -S data
findmnt -n -o TARGET -M /tmp/t/a
findmnt -n -o TARGET -T /tmp/t/a/sub
umount -R /tmp/t
