# shell: sh
# killall without a name prints its full usage; an unknown signal is named in the message.
killall; echo rc=$?
killall -s FOO sleep; echo rc=$?
killall -FOO sleep; echo rc=$?
killall -q nothing; echo rc=$?
