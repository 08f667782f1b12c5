# shell: bash
# vm.swappiness is 60 by default, takes 0..200, refuses more.
cat /proc/sys/vm/swappiness
echo 10 > /proc/sys/vm/swappiness; cat /proc/sys/vm/swappiness
bash -c 'echo 500 > /proc/sys/vm/swappiness'; echo "status $?"
echo 60 > /proc/sys/vm/swappiness
