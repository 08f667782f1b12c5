# shell: sh
# ss: -h is the full usage on stdout; a bad short or long option prints it to stderr with status 255; -V; accepted no-op flags (-o -e)
ss -h | head -3; echo rc=$?
ss -Q 2>&1 | head -2; ss -Q 2>/dev/null; echo rc=$?
ss --bogus 2>&1 | sed -n '1p;$p'
ss -bogus 2>&1 | tail -2
ss -h | wc -l
ss -V
ss -tlno
ss -tun -e
