# shell: sh
# overlay tutorial: df -T type, whiteout after rm (char 0,0), rename of a lower dir (EXDEV without redirect_dir, mv copies), copy-up on write, umount by source name
mkdir -p /tmp/o/l /tmp/o/u /tmp/o/w /tmp/o/m
echo a > /tmp/o/l/a; mkdir /tmp/o/l/d; echo x > /tmp/o/l/d/x
mount -t overlay overlay -o lowerdir=/tmp/o/l,upperdir=/tmp/o/u,workdir=/tmp/o/w /tmp/o/m
df -T /tmp/o/m | awk 'NR>1{print $1,$2,$7}'
df --output=fstype,target /tmp/o/m
rm /tmp/o/m/a; ls -l /tmp/o/u | awk '{print $1, $5, $6, $NF}'
mv /tmp/o/m/d /tmp/o/m/e; echo rc=$?
ls /tmp/o/m /tmp/o/u
echo new > /tmp/o/m/a; cat /tmp/o/m/a; ls -l /tmp/o/u/a | cut -c1-10
mount | grep overlay
findmnt -n -o SOURCE,FSTYPE,TARGET -t overlay
umount /tmp/o/l; echo rc=$?
umount overlay; echo rc=$?
findmnt -t overlay; echo rc=$?
