# shell: bash
# mapfile/readarray: -t strips newlines, -n count, -s skip, -O origin, -d delimiter.
printf 'a\nb\nc\nd\n' > /tmp/lines
mapfile -t L < /tmp/lines; echo "${#L[@]}: ${L[*]}"
mapfile L2 < /tmp/lines; printf '[%s]' "${L2[@]}"; echo
readarray -t -n 2 L3 < /tmp/lines; echo "${L3[@]}"
mapfile -t -s 1 L4 < /tmp/lines; echo "${L4[@]}"
mapfile -t -O 5 L5 < /tmp/lines; echo "${!L5[@]}"
printf 'x,y,z' | { mapfile -t -d , L6; echo "${L6[1]} ${#L6[@]}"; }
mapfile -t L7 < <(printf '1\n2\n'); echo "${L7[@]}"
