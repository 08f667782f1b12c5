# shell: bash
# set -x traces commands to stderr with PS4 '+ ', quoting as needed.
bash -c 'set -x; a="x y"; echo $a "$a"; f() { echo in; }; f; set +x; echo off' 2>&1
