# shell: sh
# cat -n numbers lines, -b non-blank ones, -s squeezes, -E shows $, -A everything.
printf 'a\n\n\n\tb\nc\n' > /tmp/f
cat -n /tmp/f
cat -b /tmp/f
cat -s /tmp/f
cat -E /tmp/f
cat -A /tmp/f
