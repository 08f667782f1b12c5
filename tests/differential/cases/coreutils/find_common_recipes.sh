# shell: sh
# find recipes from tutorials: files larger than N, by name delete, count, type f -name with -exec chmod.
mkdir -p /tmp/w/logs/old && cd /tmp/w && head -c 3000 /dev/zero > logs/big.log && echo x > logs/small.log && echo y > logs/old/a.log && touch notes.txt
find . -type f -name '*.log' | wc -l
find . -type f -size +2k
find . -type f -name '*.log' -exec chmod 600 {} \; ; stat -c '%a %n' logs/big.log logs/old/a.log
find . -type f -name '*.log' -exec ls -l {} + | awk '{print $1, $5}' | sort
find logs -mindepth 1 -type d
find . -name '*.txt' -o -name '*.md' -type f
find /tmp/w -maxdepth 1 -name 'no*'
