# shell: sh
# dd bs larger than the kernel's read cap still reads whole blocks from /dev/zero.
dd if=/dev/zero of=/dev/null bs=32M count=2 2>&1 | head -n 2
dd if=/dev/zero bs=20M count=1 2>/dev/null | wc -c
