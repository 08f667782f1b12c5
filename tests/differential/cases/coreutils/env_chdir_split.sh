# shell: sh
# env -C changes directory; env -S splits a string; env -- cmd.
env -C /tmp pwd
env -S 'echo a b'
env -- echo dashdash
