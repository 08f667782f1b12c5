# shell: sh
# stat -c and --printf with many % sequences, escapes, -L.
mkdir /tmp/w && cd /tmp/w && printf 'hello\n' > f && chmod 640 f && touch -d '2020-01-02 03:04:05' f && ln -s f l && mkdir d
TZ=UTC stat -c '%n|%s|%a|%A|%F|%u|%g|%U|%G|%h|%X|%Y' f | sed 's/|[0-9]*|\([0-9]*\)$/|X|\1/'
stat -c '%F %N' l
stat -L -c '%F %s' l
stat -c '%F' d /dev/null
stat --printf '%n:%s\n' f d | sed 's/d:[0-9]*/d:N/'
stat --printf '%a\t%U\n' f
stat -c '%y' f
stat -c '%Y %Z' f | awk '{print $1}'
stat -c %b f >/dev/null && echo blocks-ok
stat nope; echo "rc=$?"
