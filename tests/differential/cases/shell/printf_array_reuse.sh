# shell: bash
# printf reuses its format over array elements.
arr=(x y z)
printf '%s\n' "${arr[@]}"
printf '%s=%s\n' a 1 b 2
printf '[%s]' "${arr[@]:1}"; echo
