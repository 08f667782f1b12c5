# shell: sh
# unshare --map-users/--map-groups parse OUTER,INNER,COUNT as util-linux 2.38 (errors), then fail to run the absent newuidmap helper (127); --monotonic needs -t
for a in "0,0" "a,0,1" "0,0,1,2" "1,2,x" "0,0,1" "" "root,0,1" "-1,0,1" "4294967295,0,1" ",0,1"; do echo "## $a"; unshare -U --map-users="$a" true 2>&1; echo "rc=$?"; done
unshare --map-groups=0,0,1 true; echo "rc=$?"
unshare --map-groups=0,0 true; echo "rc=$?"
unshare -T --monotonic 5 true; echo "rc=$?"
unshare --monotonic 5 true; echo "rc=$?"
