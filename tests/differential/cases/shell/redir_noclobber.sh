# shell: sh
# set -C refuses to overwrite with >; >| forces.
cd /tmp
echo a > f
set -C
{ echo b > f; } 2>/dev/null || echo "refused"
cat f
echo c >| f; cat f
