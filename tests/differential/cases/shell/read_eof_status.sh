# shell: sh
# read returns non-zero at EOF but still sets a partial last line.
printf 'no newline' | { read -r v; echo "status $? [$v]"; }
: | { read -r v; echo "status $? [$v]"; }
printf 'a\nb' | while read -r l || [ -n "$l" ]; do echo "line $l"; done
