# shell: sh
# dash, non-interactive, reports a foreground child killed by a signal with the signal's description.
dash -c 'sh -c "kill -TERM \$\$"; sh -c "kill -KILL \$\$"; sh -c "kill -USR1 \$\$"; sh -c "kill -INT \$\$"; echo end' 2>&1
