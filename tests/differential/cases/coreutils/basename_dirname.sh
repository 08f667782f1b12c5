# shell: sh
# basename and dirname, with suffixes, -a, trailing slashes, edge cases.
basename /usr/lib/file.txt; basename /usr/lib/file.txt .txt; basename /usr/lib/
basename -a /a/b /c/d; basename -s .c x.c y.c
basename /; basename file.txt file.txt
dirname /usr/lib/file.txt; dirname /usr/lib/; dirname file; dirname /; dirname a/b c/d
