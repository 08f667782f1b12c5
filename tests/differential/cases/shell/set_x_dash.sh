# shell: sh
# dash's set -x trace format.
dash -c 'set -x; a="x y"; echo $a "$a"; : $((1+2))' 2>&1
