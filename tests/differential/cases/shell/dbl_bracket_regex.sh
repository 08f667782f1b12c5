# shell: bash
# [[ =~ ]] regex with BASH_REMATCH groups; quoted part matches literally.
if [[ "key=value42" =~ ^([a-z]+)=([a-z]+)([0-9]*)$ ]]; then
  echo "${BASH_REMATCH[0]} | ${BASH_REMATCH[1]} | ${BASH_REMATCH[2]} | ${BASH_REMATCH[3]}"
fi
[[ a.c =~ "a.c" ]] && echo "literal dot"
[[ abc =~ "a.c" ]] || echo "quoted dot does not match b"
[[ abc =~ a.c ]] && echo "regex dot"
re='^[0-9]+$'; [[ 123 =~ $re ]] && echo number
