# shell: sh
# install -v says what it creates and removes; -D, -d, -t.
cd /tmp && echo x > src
install -v src dst
install -v -d a/b
install -vD src deep/er/f
mkdir d; install -t d src; ls d
install -v -m 600 src d
stat -c '%n %a' dst d/src a a/b
