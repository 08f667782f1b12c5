# shell: sh
# -s sets the payload: the header line and reply sizes follow.
ping -c 1 -s 100 127.0.0.1 | head -n 2 | sed -E "s/time=[0-9.]+/time=T/"
ping -c 1 -s 0 127.0.0.1 | head -n 2 | sed -E "s/time=[0-9.]+/time=T/"
