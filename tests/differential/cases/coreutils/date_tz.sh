# shell: sh
# date in TZ zones: UTC vs a fixed-offset POSIX TZ string.
TZ=UTC date -d @86400
TZ=EST5 date -d @86400
TZ=UTC0 date -d @86400 +%Z
date -u -d @0 +%Y
