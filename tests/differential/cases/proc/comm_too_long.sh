# shell: bash
# A comm longer than 15 bytes is truncated on write.
bash -c 'printf abcdefghijklmnopqrstuvwxyz > /proc/$$/comm; cat /proc/$$/comm; :'
