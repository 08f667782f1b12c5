# shell: sh
# A caught signal is reset to default in a child: the child dies.
sh -c 'trap "echo caught" TERM; { sh -c "kill \$\$; echo not here"; } 2>/dev/null; echo "child status $?"'
