# shell: sh
# a learner's setup: mkdir -p, touch, chmod +x script, run it, ls -l shape.
mkdir -p /tmp/proj/bin && cd /tmp/proj
printf '#!/bin/sh\necho hello from script\n' > bin/run.sh
./bin/run.sh 2>/dev/null; echo "rc=$?"
chmod +x bin/run.sh; ./bin/run.sh; echo "rc=$?"
stat -c '%A %n' bin/run.sh
chmod -x bin/run.sh; sh bin/run.sh
