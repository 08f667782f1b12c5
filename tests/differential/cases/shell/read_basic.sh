# shell: sh
# read splits on IFS into variables; the last gets the rest; -r keeps backslashes.
echo 'one two three four' | { read a b c; echo "[$a][$b][$c]"; }
printf 'a\\tb\\\nc\n' | { read x; printf "[%s]\n" "$x"; }
printf 'a\\tb\n' | { read -r x; printf "[%s]\n" "$x"; }
echo '  lead trail  ' | { read v; printf "[%s]\n" "$v"; }
echo '  lead trail  ' | { IFS= read -r v; printf "[%s]\n" "$v"; }
