# shell: bash
# printf -v assigns to a variable or an array element; the format is reused for extra args.
printf -v out '%s-%s' a b; echo "$out"
declare -a arr
printf -v 'arr[3]' '%03d' 7; echo "${arr[3]}"
printf -v n '%d' 12abc; echo "status $? n=$n"
printf '<%s>' 1 2 3; echo
printf '%s %s\n' only
