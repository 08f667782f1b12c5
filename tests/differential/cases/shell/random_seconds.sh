# shell: bash
# $RANDOM is 0..32767 and reseedable; $SECONDS counts from the start and can be assigned.
r=$RANDOM; (( r >= 0 && r <= 32767 )) && echo "random in range"
RANDOM=42; a=$RANDOM; RANDOM=42; b=$RANDOM; [ "$a" = "$b" ] && echo "same seed same value"
SECONDS=100; (( SECONDS >= 100 && SECONDS < 105 )) && echo "seconds assignable"
echo "${#BASH_VERSINFO[@]} ${BASH_VERSINFO[0]}"
[[ $BASH_VERSION == 5.2.* ]] && echo "bash 5.2"
