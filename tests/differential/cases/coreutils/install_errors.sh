# shell: sh
# install's operand and file errors.
cd /tmp && echo x > src
install src nodir/x; install nope x; install src; install; install -d
echo "status $?"
install src src2 d2; install -m bogus src x; install -o nosuchuser src x
mkdir d; install -m 640 src d/; stat -c '%a' d/src
install -C src d/src; install -b src d/src; ls d
