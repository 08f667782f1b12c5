# shell: sh
# A stress --vm worker holding 64 MB shows it in VmRSS and ps RSS; a sleep stays small.
# requires: stress
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
stress --vm 1 --vm-bytes 64M --vm-hang 0 >/dev/null 2>&1 & s=$!
waitfor '[ -n "$(pgrep -P $s)" ] && [ "$(awk "/^VmRSS/ {print \$2}" /proc/$(pgrep -P $s)/status)" -gt 65536 ]'
w=$(pgrep -P $s)
[ "$(awk '/^VmRSS/ {print $2}' /proc/$w/status)" -gt 65536 ] && echo "worker VmRSS > 64 MiB"
[ "$(ps -o rss= -p $w)" -gt 65536 ] && echo "ps RSS > 64 MiB"
[ "$(ps -o rss= -p $s)" -lt 65536 ] && echo "parent stays small"
kill $w $s; wait 2>/dev/null
