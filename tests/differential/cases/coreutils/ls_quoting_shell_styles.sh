# shell: sh
# ls --quoting-style=shell / shell-always / shell-escape / c / escape with odd names (not a tty)
cd /tmp && mkdir q && cd q
touch "$(printf 'a\nb')" 'sp ace' "q'uote" 'dq"x' "$(printf 'tab\tt')" '$x' 'star*' plain
for s in literal shell shell-always shell-escape shell-escape-always c escape; do
  echo "== $s"; ls --quoting-style=$s
done
echo "== -q shell-always"; ls -q --quoting-style=shell-always
echo "== -Q -l"; ls -Ql | awk '{print $NF}'
