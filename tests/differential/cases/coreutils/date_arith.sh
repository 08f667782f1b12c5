# shell: sh
# date -d relative items from a fixed date.
export TZ=UTC
date -d '2020-02-28 +1 day' +%F
date -d '2020-02-28 +2 days' +%F
date -d '2021-01-31 +1 month' +%F
date -d '2020-01-01 -1 second' '+%F %T'
date -d 'nonsense'; echo "status $?"
