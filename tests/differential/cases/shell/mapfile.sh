# shell: bash
# mapfile/readarray read lines into an array; -t strips newlines.
printf 'l1\nl2\nl3\n' > /tmp/f
mapfile -t lines < /tmp/f
echo "${#lines[@]} ${lines[1]}"
readarray a < /tmp/f
printf '[%s]' "${a[@]}"; echo
mapfile -t -s 1 -n 1 b < /tmp/f; echo "${b[@]}"
