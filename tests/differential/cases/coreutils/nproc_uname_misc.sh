# shell: sh
# printenv, pwd -P/-L with symlinks, true/false codes, yes | head.
mkdir -p /tmp/real && ln -s /tmp/real /tmp/link && cd /tmp/link
pwd; pwd -P; /bin/pwd
FOO=1 printenv FOO; printenv NOPE; echo "rc=$?"
yes | head -3; yes abc | head -2
true; echo $?; false; echo $?
