# shell: bash
# getopts: silent mode with a leading colon, missing argument, unknown option, OPTARG/OPTIND.
parse() {
  local OPTIND opt
  while getopts ":ab:" opt "$@"; do
    case $opt in
      a) echo "a" ;;
      b) echo "b=$OPTARG" ;;
      :) echo "missing arg for -$OPTARG" ;;
      \?) echo "unknown -$OPTARG" ;;
    esac
  done
  shift $((OPTIND-1)); echo "rest: $*"
}
parse -a -b val file1
parse -x -b
parse -ab1 -- -a
bash -c 'getopts "a:" o -a; echo "$? $o"; getopts "a" o -z; echo "$? $o [$OPTARG]"' 2>&1
