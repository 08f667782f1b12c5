# shell: sh
# chmod symbolic modes: u+x, go-w, a=r, +t, g+s, o=, u=g, X.
touch /tmp/f; mkdir /tmp/d
chmod 644 /tmp/f
for m in u+x go-w a=r u+w,g+w o= u=g +x g-x,o+t g+s a-rwxst; do chmod $m /tmp/f; stat -c "$m -> %a %A" /tmp/f; done
chmod 600 /tmp/f; chmod 600 /tmp/d
chmod a+X /tmp/f /tmp/d; stat -c '%n %A' /tmp/f /tmp/d
