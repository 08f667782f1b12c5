# shell: sh
# yes repeats its arguments joined by spaces.
yes | head -n 2
yes a b | head -n 2
yes '' | head -n 2 | wc -c
