# shell: sh
# mknod makes FIFOs and device nodes; operand errors explain.
cd /tmp
mknod p1 p; stat -c '%F' p1
mknod c1 c 1 3; stat -c '%F %t %T' c1
mknod -m 600 p2 p; stat -c '%a' p2
mknod; mknod x c; mknod x q 1 2; mknod x p 1; mknod x p 1 2
mknod x b a 1; echo "status $?"
