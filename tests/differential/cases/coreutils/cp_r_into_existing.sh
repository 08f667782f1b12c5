# shell: sh
# cp -r SRC DEST when DEST exists (copied inside) vs not (becomes the copy); cp -rT; trailing slash.
mkdir -p /tmp/w/src/in && cd /tmp/w && touch src/a src/in/b
cp -r src new; find new | sort
mkdir exist; cp -r src exist; find exist | sort
mkdir t2; cp -rT src t2; find t2 | sort
cp -r src/ slash; find slash | sort
cp -rv src/in deep | sort
