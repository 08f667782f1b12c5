# shell: sh
# install -m takes octal and symbolic modes; -d sets the mode of the last only.
cd /tmp && echo x > src
install -m 750 src a; stat -c '%a' a
install -m u=rwx,g=rx src b; stat -c '%a' b
install -d -m 700 q/b/c; stat -c '%n %a' q q/b q/b/c
install src c; stat -c '%a' c
install -D -m 600 src x/y/z; stat -c '%n %a' x x/y x/y/z
