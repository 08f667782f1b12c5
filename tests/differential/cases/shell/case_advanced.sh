# shell: bash
# case with ;& fall-through, ;;& continue-testing, character classes and alternation.
for v in apple 42 X; do
  case $v in
    [[:digit:]]*) echo "$v number" ;;
    a*|b*) echo "$v starts a/b" ;&
    *e) echo "$v ends e (fell)" ;;
    [[:upper:]]) echo "$v upper" ;;&
    *) echo "$v catch-all" ;;
  esac
done
