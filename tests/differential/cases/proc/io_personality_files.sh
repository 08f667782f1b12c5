# shell: sh
# /proc/PID/io has the seven task I/O accounting keys; /proc/PID/personality is PER_LINUX.
cut -d: -f1 /proc/self/io
cat /proc/self/personality
sleep 5 & s=$!
cut -d: -f1 /proc/$s/io | wc -l
kill $s
