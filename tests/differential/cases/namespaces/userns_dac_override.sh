# shell: sh
# Root of unshare -r overrides modes (DAC_OVERRIDE, DAC_READ_SEARCH, FOWNER) only on inodes whose owner and group are mapped into its user ns.
mkdir -m 1777 /tmp/u
su nobody -s /bin/sh -c 'echo hi > /tmp/u/mine; chmod 444 /tmp/u/mine; mkdir -m 0 /tmp/u/dir'
echo secret > /tmp/u/rootfile; chmod 600 /tmp/u/rootfile
mkdir -m 700 /tmp/u/rootdir
cat > /tmp/u/in.sh <<'IN'
id -u
echo more | tee -a /tmp/u/mine >/dev/null && cat /tmp/u/mine
ls /tmp/u/dir && echo listed
touch /tmp/u/dir/x && echo created
cat /tmp/u/rootfile
echo x | tee -a /tmp/u/rootfile
ls /tmp/u/rootdir
touch -c -d 2001-01-01 /tmp/u/rootfile
touch -c -d 2001-01-01 /tmp/u/mine && stat -c %y /tmp/u/mine | cut -c1-10
chmod 604 /tmp/u/mine && stat -c '%a %u %g %n' /tmp/u/mine
chmod 644 /tmp/u/rootfile
chown 0:0 /tmp/u/mine
rm -f /tmp/u/rootfile
stat -c '%a %u %g %n' /tmp/u/rootfile /tmp/u/dir
IN
su nobody -s /bin/sh -c 'unshare -r sh /tmp/u/in.sh'; echo "rc=$?"
echo "--- plain nobody"
su nobody -s /bin/sh -c 'cat /tmp/u/mine; echo x | tee -a /tmp/u/mine'
