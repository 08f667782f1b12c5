# shell: sh
# pwd -L keeps the logical path, pwd -P resolves links; /bin/pwd defaults to -P.
mkdir /tmp/real && ln -s /tmp/real /tmp/lnk && cd /tmp/lnk
pwd; pwd -L; pwd -P
/bin/pwd
