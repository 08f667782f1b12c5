# shell: sh
# touch creates files, -d/-t set times, -r copies, -c does not create.
cd /tmp
touch new; [ -f new ] && echo created
touch -t 202001020304.05 t; stat -c '%y' t
touch -d '1999-12-31 23:59:59' d; stat -c '%y' d
touch -r d r; stat -c '%y' r
touch -c nocreate; [ -e nocreate ] || echo "-c did not create"
touch -m -d '2010-01-01' t; stat -c '%y' t
