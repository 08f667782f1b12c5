# shell: sh
# root reads and writes a mode 000 file (CAP_DAC_OVERRIDE).
echo secret > /tmp/f
chmod 000 /tmp/f
cat /tmp/f
echo more >> /tmp/f && echo "appended"
stat -c '%a %s' /tmp/f
