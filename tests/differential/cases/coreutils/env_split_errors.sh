# shell: sh
# env -S errors: unterminated quotes, bad escapes, \c in quotes; exit 125.
env -S "echo 'unterminated"; echo "status $?"
env -S'echo \q'; echo "status $?"
env -S'echo "\c" after'; echo "status $?"
env -S; echo "status $?"
