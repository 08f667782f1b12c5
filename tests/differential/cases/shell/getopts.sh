# shell: sh
# getopts parses options with and without arguments, sets OPTIND.
f() {
  OPTIND=1
  while getopts ab:c opt; do
    case $opt in
      b) echo "b=$OPTARG";;
      \?) echo "bad";;
      *) echo "opt $opt";;
    esac
  done
  shift $((OPTIND - 1)); echo "rest: $*"
}
f -a -b val -c x y
f -ac -bfoo -- -z
f -z 2>/dev/null
