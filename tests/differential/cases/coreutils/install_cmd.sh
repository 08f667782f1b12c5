# shell: sh
# install -m copies with a mode; -d makes directories.
cd /tmp && echo x > src
install -m 750 src dst; stat -c '%a' dst
install -d -m 700 a/b/c; stat -c '%n %a' a/b/c
install -D src deep/er/file; cat deep/er/file
