# shell: sh
# /proc/self/cmdline holds argv separated and ended by NUL bytes.
cat /proc/self/cmdline | od -c | sed -n 1,2p
sh -c 'tr "\0" "|" < /proc/$$/cmdline; echo' arg0 'a b' ''
