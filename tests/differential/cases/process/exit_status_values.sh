# shell: sh
# exit N: the status is N modulo 256.
for n in 0 1 3 42 255 256 257 300; do sh -c "exit $n"; echo "$n -> $?"; done
