# shell: sh
# chmod X adds x only to dirs and already-executable files; -R applies to the tree.
mkdir -p /tmp/w/d/e && cd /tmp/w && touch d/plain d/e/f && printf '' > d/exe && chmod 744 d/exe
chmod -R a-x,u+x d 2>/dev/null; chmod 644 d/plain d/e/f; chmod 600 d d/e 2>/dev/null; chmod 700 d d/e
chmod -R go+X d
stat -c '%n %a' d d/e d/plain d/e/f d/exe
chmod -R a=r,u+wX d
stat -c '%n %a' d d/e d/plain d/exe
