# shell: sh
# SigIgn in /proc/PID/status shows signals ignored with trap '' as a hex mask.
sh -c 'trap "" USR1; grep "^SigIgn:" /proc/$$/status'
sh -c 'trap "" HUP TERM; grep "^SigIgn:" /proc/$$/status'
sh -c 'trap "" USR1; exec grep "^SigIgn:" /proc/self/status'
