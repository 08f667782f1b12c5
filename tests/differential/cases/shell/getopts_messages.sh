# shell: bash
# bash getopts messages for an unknown option and a missing argument; silent mode with a leading colon.
bash -c 'while getopts ab: o; do echo "[$o] [$OPTARG]"; done' x -q -b
bash -c 'while getopts :ab: o; do echo "[$o] [$OPTARG]"; done' x -q -b
