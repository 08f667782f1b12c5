# shell: bash
# umask: -p and -S output, symbolic modes, out-of-range numbers, bad options; dash's wording.
umask 022; umask; umask -S; umask -p; umask -p -S
umask u=rwx,g=rx,o=; umask; umask -S
umask a-w; umask
umask 999; echo "rc=$?"; umask 8; echo "rc=$?"; umask 01000; echo "rc=$?"
umask -x; echo "rc=$?"
umask 7; umask
dash -c 'umask 022; umask; umask -S; umask 999; echo "rc=$?"; umask -p; echo "rc=$?"'
