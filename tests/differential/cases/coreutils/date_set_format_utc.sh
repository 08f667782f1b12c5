# shell: sh
# date -u, -r file, +%s of a file date, --date with times and offsets.
cd /tmp && touch -d '2015-10-21 16:29:00 UTC' f
TZ=UTC date -r f
date -u -r f +%s
TZ=UTC date -d '2015-10-21T16:29:00+02:00' '+%F %T'
TZ=UTC date -d '2015-10-21 16:29 UTC +3 hours' '+%F %T'
TZ=UTC date -d 'Oct 21 2015' +%F
TZ=UTC date -d '21 Oct 2015 4:29pm' '+%F %T'
TZ=UTC date -d @1445444940 '+%G-W%V-%u %U %W'
