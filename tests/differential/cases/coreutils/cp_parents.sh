# shell: sh
# cp --parents: DIR/SOURCE path with the source's directories (and their modes) made first
cd /tmp && mkdir -p s/a/b && chmod 700 s/a && echo x > s/a/b/f && echo y > s/g
cp --parents s/a/b/f dst; echo "rc=$?"
mkdir dst && cp --parents s/a/b/f dst && find dst | sort
stat -c '%a %n' dst/s dst/s/a dst/s/a/b
mkdir d2 && cp -v --parents s/a/b/f s/g d2
cp --parents s/a/b/f; echo "rc=$?"
mkdir d3 && cd s && cp --parents a/b/f ../d3 && cd .. && find d3 | sort
mkdir d4 && cp -r --parents s/a d4 && find d4 | sort
