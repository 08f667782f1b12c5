# shell: sh
# dash: a background command of a non-interactive shell gets stdin from /dev/null, even with <&0.
dash -c 'echo data | { cat & wait; }; echo "nothing read above"; echo data | { cat <&0 & wait; }'
