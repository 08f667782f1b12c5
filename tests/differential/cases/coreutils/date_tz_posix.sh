# shell: sh
# date with POSIX TZ strings, unknown names, -u, -R and ISO formats in a zone.
TZ=EST5 date -d '2024-01-01 12:00'
TZ=EST+5EDT date -d @1720000000
TZ='<+0530>-5:30' date -d @0
TZ=Foo/Bar date -d @0; TZ=XYZ date -d @0; TZ= date -d @0
TZ=:Europe/London date -d @1720000000
TZ=Asia/Shanghai date -u -d @0
TZ=Europe/Berlin date -R -d @1720000000; TZ=Europe/Berlin date --iso-8601=seconds -d @1720000000
TZ=Asia/Kolkata date -d @0 '+%::z %:::z'
