# shell: sh
# ls -l shows numeric ids for owners without a passwd entry.
mkdir /tmp/w && cd /tmp/w && touch f && chown 4321:8765 f && touch -d '2020-01-01' f
ls -l f
ls -ln f
