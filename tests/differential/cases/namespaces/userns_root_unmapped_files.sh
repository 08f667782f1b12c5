# shell: sh
# Host root inside unshare -r is root only over ids mapped there (0): another user's 0600 file and 0700 dir are closed to it; host root reads them.
mkdir -m 700 /tmp/d; echo secret > /tmp/d/f; echo note > /tmp/f; chmod 600 /tmp/f
chown -R 1234:1234 /tmp/d /tmp/f
cat /tmp/f /tmp/d/f
unshare -r sh -c '
stat -c "%u:%g %a %n" /tmp/f /tmp/d
cat /tmp/f; ls /tmp/d; cat /tmp/d/f
{ echo x >> /tmp/f; } 2>/dev/null || echo "append denied"
chmod 644 /tmp/f; chown 0 /tmp/f; rm /tmp/f
ls -ld /tmp/f | cut -d" " -f1,3,4
'
echo "rc=$?"
