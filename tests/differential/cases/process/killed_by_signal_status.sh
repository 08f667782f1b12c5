# shell: sh
# A child killed by a signal gives status 128+N.
for s in KILL TERM INT HUP USR1 ALRM; do
  { sh -c "kill -$s \$\$"; } 2>/dev/null
  echo "$s -> $?"
done
