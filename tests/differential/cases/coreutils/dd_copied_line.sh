# shell: sh
# dd's last line: bytes, the SI and IEC sizes (time and rate masked).
for n in 1 999 1000 1024 1536 15360 999999 1000000; do
  head -c $n /dev/zero | dd of=/dev/null bs=$n iflag=fullblock 2>&1 | tail -n 1 | sed 's/copied.*/copied/'
done
dd if=/dev/zero bs=1 count=0 2>&1 | tail -n 1 | sed 's/, [0-9.e-]* s, .*//'
