# shell: sh
# ls -l shows HH:MM for a date within six months, the year otherwise (TZ=UTC).
mkdir /tmp/w && cd /tmp/w
touch -d "$(date -d '-2 days' '+%Y-%m-%d') 08:09" recent
touch -d '2000-02-29 10:00' old
ls -l old | awk '{print $6, $7, $8}'
[ "$(ls -l recent | awk '{print $8}')" = "08:09" ] && echo "recent shows HH:MM"
