# shell: sh
# ping -q prints only the summary.
ping -q -c 3 -i 0.2 127.0.0.1 | sed -E "s/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms/= X ms/"
