# shell: sh
# mv errors: missing source, dir onto file, into itself.
mkdir /tmp/w && cd /tmp/w && mkdir d && touch f
mv nope x; echo "status $?"
mv d f; echo "status $?"
mv d d/sub; echo "status $?"
mkdir e; touch e/x; mv d e/x; echo "status $?"
