# shell: sh
# cp -v, cp -rv, cp -n, cp -u messages and behaviour.
mkdir /tmp/w && cd /tmp/w && echo one > a && echo two > b && mkdir d && echo x > d/f
cp -v a c
cp -rv d e
cp -n b a; cat a
touch -d '2000-01-01' c; cp -uv b c; cat c
touch -d '2030-01-01' a; cp -uv b a; cat a
cp -v a b d/
