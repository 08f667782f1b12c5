# shell: sh
# mawk: too few arguments for a format is a run-time error (exit 2), not an empty value
awk 'BEGIN { x = sprintf("%d-%d", 1); print x }'; echo "rc=$?"
awk 'BEGIN { printf "%d\n" }'; echo "rc=$?"
awk 'BEGIN { printf "%%d ok\n" }'; echo "rc=$?"
awk 'BEGIN { printf "%s=%s\n", "a", "b" }'; echo "rc=$?"
