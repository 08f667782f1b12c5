# shell: sh
# date -d various inputs with TZ=UTC: @epoch, ISO, relative, +%s and many % fields.
export TZ=UTC
date -d @0
date -d @1700000000 +%s
date -d '2024-02-29 13:45:10' '+%Y-%m-%d %H:%M:%S %a %b %j %u %w'
date -d '2024-02-29' +%s
date -d '2024-02-29 +1 day' +%F
date -d '2024-01-31 1 month' +%F
date -d '2020-01-01 - 1 week' +%F
date -d @86399 '+%T %p %I %l %e %y %C'
date -d '2021-07-04' '+%A %B %d %D'
date -u -d @1234567890
date -d '2024-03-10 12:00' -R
date -d '2024-03-10 12:00' --iso-8601=seconds
date -d '2024-03-10 12:00' -I
date -d 'garbage'; echo "rc=$?"
date -d @0 '+%%|%n|%t|%Z|%z' | od -c | head -2
