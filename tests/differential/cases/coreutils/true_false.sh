# shell: sh
# true and false exit 0 and 1 and ignore arguments; --help is printed only by the binaries.
/bin/true --anything; echo "$?"
/bin/false --anything; echo "$?"
/bin/true --version | head -n 1 | cut -d' ' -f1-2
