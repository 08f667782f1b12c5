# shell: bash
# associative arrays: keys with ${!a[@]}, values, count, membership test, unset of one key.
declare -A color=([apple]=red [banana]=yellow)
color[cherry]="dark red"
color+=([lime]=green)
for k in $(printf '%s\n' "${!color[@]}" | sort); do echo "$k=${color[$k]}"; done
echo "count ${#color[@]}"
[[ -v color[apple] ]] && echo "has apple"
unset 'color[apple]'
[[ -v color[apple] ]] || echo "no apple"
echo "${#color[@]}"
