# reset with no terminal anywhere (stdin /dev/null, output a file, no controlling tty):
# it says why and fails; -q, -V and a bad option need no terminal.
reset; echo "rc=$?"
reset -I -Q; echo "rc=$?"
TERM=xterm-256color reset -q; echo "rc=$?"
reset -q vt100; echo "rc=$?"
reset -V; echo "rc=$?"
reset -Z; echo "rc=$?"
