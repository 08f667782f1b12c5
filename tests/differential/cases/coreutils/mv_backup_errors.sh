# shell: sh
# mv rejects bad backup types and -b with -n; SIMPLE_BACKUP_SUFFIX.
mkdir /tmp/w && cd /tmp/w
echo 1 > a; echo 2 > b
mv --backup=bogus a b; echo "status $?"; ls
mv -b -n a b; echo "status $?"
SIMPLE_BACKUP_SUFFIX=.old mv -b a b; ls
mv --backup=s b c; ls
