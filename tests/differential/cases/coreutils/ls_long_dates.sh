# shell: sh
# ls -l with fixed old dates (year shown), -n numeric ids, --full-time.
mkdir /tmp/w && cd /tmp/w
printf abc > f; chmod 644 f; touch -d '2019-03-04 05:06:07' f
mkdir d; chmod 755 d; touch -d '2018-12-25 23:59' d
ls -l f d | sed 's/^total.*/total/'
ls -ln f
ls -l --full-time f | sed 's/ +0000//'
TZ=UTC ls -l --time-style=long-iso f
TZ=UTC ls -l --time-style=iso f
