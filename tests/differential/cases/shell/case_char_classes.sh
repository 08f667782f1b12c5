# shell: sh
# case patterns with [[:class:]], ranges, negation and *.
for w in A z 5 _ ab; do
  case $w in
    [[:upper:]]) echo "$w upper";;
    [a-y]) echo "$w a-y";;
    [[:digit:]]) echo "$w digit";;
    [!a-z]) echo "$w not lower";;
    *) echo "$w other";;
  esac
done
