# shell: sh
# date -d reads a wall time in TZ (DST gap and overlap as mktime), or an explicit zone.
TZ=America/New_York date -d '2024-07-01 12:00' '+%F %T %z %Z %s'
TZ=Asia/Shanghai date -d '2024-03-10 12:00' +%s
TZ=America/New_York date -d '2024-11-03 01:30' '+%s %Z'
TZ=America/New_York date -d '2024-01-15 08:30 UTC' '+%H:%M %Z'
TZ=Europe/Berlin date -d '2024-03-31 02:30' '+%T %Z'
TZ=America/New_York date -d @1710054000 '+%T %Z'; TZ=America/New_York date -d @1710053999 '+%T %Z'
