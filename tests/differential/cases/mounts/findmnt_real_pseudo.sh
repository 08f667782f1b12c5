# shell: sh
# findmnt --real/--pseudo filter by libmount pseudo-fs list (overlay and tmpfs are pseudo); both at once is an error
mkdir -p /tmp/p/l /tmp/p/u /tmp/p/w /tmp/p/m /tmp/p/r
mount -t overlay o -o lowerdir=/tmp/p/l,upperdir=/tmp/p/u,workdir=/tmp/p/w /tmp/p/m
mount -t tmpfs r /tmp/p/r
findmnt --pseudo -r -n -o TARGET,FSTYPE | grep /tmp/p
findmnt --real -n -o TARGET /tmp/p/m; echo rc=$?
findmnt --pseudo -n -o TARGET /tmp/p/r; echo rc=$?
findmnt --real --pseudo; echo rc=$?
