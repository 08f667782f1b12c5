# shell: sh
# <> opens read-write without truncating.
cd /tmp
printf 'abcdef\n' > f
echo XY 1<> f
cat f
