# shell: sh
# truncate -s with < > / % prefixes, -r, -c, and suffixes.
cd /tmp
truncate -s 10 f; truncate -r f g; stat -c '%n %s' f g
truncate -s %3 f; stat -c %s f
truncate -s /4 f; stat -c %s f
truncate -s '<5' f; stat -c %s f
truncate -s '>20' f; stat -c %s f
truncate -s 1K f; stat -c %s f
truncate -c -s 5 nofile; ls nofile 2>&1
