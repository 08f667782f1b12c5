# shell: sh
# ip -V.
ip -V
