# shell: sh
# date +FORMAT directives on a fixed instant (UTC).
export TZ=UTC
d='2024-02-29 13:05:09'
date -d "$d" '+%A %B %d %e %H %I %M %S %p %y %C %G %V %U %w %Z %z'
date -d "$d" '+%D %T %R %F %h %n%t|'
date -d "$d" '+%s %N' | cut -d' ' -f1
date -d "$d" '+%-d %-m %_H %02d'
