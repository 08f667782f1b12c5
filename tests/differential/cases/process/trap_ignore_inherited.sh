# shell: sh
# A signal ignored with trap '' stays ignored in children (across exec).
sh -c 'trap "" TERM; kill $$; echo "shell survived"; sh -c "kill \$\$; echo child survived"'
echo "status $?"
