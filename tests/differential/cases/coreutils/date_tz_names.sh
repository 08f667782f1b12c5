# shell: sh
# date with TZ names and offsets: the same instant in several zones.
for z in UTC Europe/Paris America/New_York Asia/Tokyo Asia/Kolkata; do TZ=$z date -d @1700000000 '+%F %T %Z %z'; done
TZ=Europe/Berlin date -d '2024-07-01 12:00' +%Z
TZ=Europe/Berlin date -d '2024-01-01 12:00' +%Z
TZ=UTC date -d 'TZ="America/New_York" 2024-01-01 09:00' '+%F %T'
