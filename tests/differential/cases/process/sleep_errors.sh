# shell: sh
# sleep with a bad interval and with none.
sleep abc; echo "status $?"
sleep; echo "status $?"
sleep 0; echo "status $?"
