# shell: sh
# getconf prints sysconf/pathconf/confstr values; pathconf ones need a path.
getconf PAGESIZE; getconf ARG_MAX; getconf LONG_BIT; getconf CLK_TCK; getconf INT_MAX
getconf PATH_MAX /; getconf NAME_MAX /tmp; getconf PATH; getconf TZNAME_MAX
getconf PATH_MAX; echo "status $?"
getconf NOPE; echo "status $?"
getconf PAGESIZE /; echo "status $?"
