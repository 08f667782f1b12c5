# shell: bash
# pushd/popd/dirs: the stack after each step, -v/-p/-l, +N rotation and the errors.
cd /
pushd /tmp
pushd /etc
dirs; dirs -v; dirs -p
pushd
pushd +2
dirs +1; dirs -0
popd; popd; popd; echo "rc=$?"
pushd /nonexistent; echo "rc=$?"
pushd; echo "rc=$?"
pushd +3; echo "rc=$?"
HOME=/root; mkdir -p /root/sub; cd /root; pushd /root/sub; dirs -l; popd -n; dirs
pushd /tmp >/dev/null; popd +1; dirs -c; dirs
popd /x; echo "rc=$?"
dirs -x; echo "rc=$?"
dash -c 'pushd /tmp'; echo "rc=$?"
