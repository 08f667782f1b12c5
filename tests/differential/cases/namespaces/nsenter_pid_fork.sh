# shell: sh
# Entering a pid namespace forks, so the command gets a pid there.
unshare -fp sleep 5 & sleep 0.5
t=$(grep -l "^NSpid:.*[0-9].1$" /proc/[0-9]*/status | cut -d/ -f3)
nsenter -t $t -p sh -c "echo \$\$"
kill $!
