# shell: sh
# date in named zones: offsets, abbreviations and DST on both sides.
for z in Asia/Shanghai America/New_York Europe/London Europe/Berlin Australia/Sydney Asia/Kolkata America/Los_Angeles Asia/Tokyo; do
  TZ=$z date -d @1720000000 '+%F %T %z %:z %Z'
  TZ=$z date -d @1704067200 '+%F %T %z %Z'
done
