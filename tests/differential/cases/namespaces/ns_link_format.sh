# shell: sh
# /proc/PID/ns lists ten links that read type:[inode].
ls /proc/self/ns | tr "\n" " "; echo
for f in /proc/self/ns/*; do readlink $f; done | sed "s/[0-9][0-9]*/N/"
