# shell: sh
# csplit at line numbers and regexes with offsets; sizes on stdout.
mkdir /tmp/w && cd /tmp/w
seq 20 > f
csplit f 5 10; ls; head -n 2 xx01; rm xx*
csplit f /7/ '/1[0-9]/'; rm xx*
csplit f /3/-1 /8/+2; rm xx*
csplit f '%5%' '/9/+1'; cat xx00; rm xx*
csplit f 5 /5/; ls
