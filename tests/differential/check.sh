#!/bin/sh
# Runs the differential cases through the vlab CLI (a child process per case) with the
# runner's check.sh: ours (tests/differential/cases), then the shared sample when it sits
# beside the repo (../shared/real-linux-sample). The in-process suite is differential.test.ts;
# this checks the CLI path, `node bin/vlab.js --script FILE`.
#
# usage: tests/differential/check.sh [-v] [-t SECS] [FILTER...]
#   FILTER  AREA or AREA/NAME of our cases; shared/AREA[/NAME] for the shared sample.
#           No filter: every case of both.
set -u
here=$(cd "$(dirname "$0")" && pwd -P)
root=$(cd "$here/../.." && pwd -P)
shared=$root/../shared/real-linux-sample
template="node '$root/bin/vlab.js' --script {}"

opts=
while [ $# -gt 0 ]; do
  case $1 in
    -v) opts="$opts -v" ;;
    -t) opts="$opts -t $2"; shift ;;
    *) break ;;
  esac
  shift
done
ours= theirs=
for f in "$@"; do
  case $f in shared/*) theirs="$theirs ${f#shared/}" ;; *) ours="$ours $f" ;; esac
done

cd "$root" || exit 2
status=0
# $opts, $ours and $theirs are word lists on purpose (case ids have no spaces).
if [ $# -eq 0 ] || [ -n "$ours" ]; then
  sh "$here/runner/check.sh" $opts "$template" $ours || status=1
fi
if [ -f "$shared/runner/check.sh" ] && { [ $# -eq 0 ] || [ -n "$theirs" ]; }; then
  echo "--- shared sample"
  sh "$shared/runner/check.sh" $opts "$template" $theirs || status=1
fi
exit $status
