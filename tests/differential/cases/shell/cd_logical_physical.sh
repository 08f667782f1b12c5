# shell: sh
# cd follows symlinks logically by default; cd -P resolves them; pwd -P.
mkdir -p /tmp/real/sub && ln -s /tmp/real /tmp/link
cd /tmp/link/sub
pwd
pwd -P
cd ..
pwd
cd -P /tmp/link/sub && cd .. && pwd
