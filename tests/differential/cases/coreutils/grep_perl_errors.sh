# shell: sh
# grep -P: PCRE error messages for bad patterns (exit 2) and a few Perl-only constructs
echo 'foo 42 bar' > f
for pat in '(' 'a)' '[' '*a' '(?<x'; do grep -P -- "$pat" f; echo "rc=$?"; done
grep -P '\d+' f; grep -oP '\d+' f; grep -oP 'foo\s\K\d+' f 2>&1; echo "rc=$?"
grep -P '(?<=foo )\d' f; grep -cP '\bbar$' f
