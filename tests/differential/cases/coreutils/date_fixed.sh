# shell: sh
# date -d with a fixed date in UTC, +FORMAT, -u, @epoch, -I, -R.
export TZ=UTC
date -d '2021-03-04 05:06:07'
date -d '2021-03-04 05:06:07' '+%Y-%m-%d %H:%M:%S %a %b %j %u %s'
date -u -d @0
date -d @1700000000 -I
date -d '2021-03-04' -R
date -d '2021-03-04 05:06:07' --iso-8601=seconds
