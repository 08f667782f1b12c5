# shell: sh
# sysctl's messages for an unknown key, a read-only key, a bad value, and -w without '='.
sysctl nosuch.key; echo "status $?"
sysctl -e nosuch.key; echo "status $?"
sysctl -w kernel.ostype=x; echo "status $?"
sysctl -w vm.swappiness=abc; echo "status $?"
sysctl -w foo; echo "status $?"
