// More coreutils pages, in page.ts's format (the second half of pages_coreutils.ts's alphabet, split for size).
// NAME lines, synopses and header/footer fields are the Debian 12 pages' facts; descriptions and
// option texts are our own words, listing only the options vlab's program parses.

export const COREUTILS_SECOND_PAGES_TEXT = `
@ nohup 1 coreutils
% GNU coreutils 9.1 | September 2022
run a command immune to hangups, with output to a non-tty
nohup COMMAND [ARG]...
: Runs COMMAND with the hangup signal (SIGHUP) ignored, so it keeps running after the terminal is closed. If standard output is a terminal, output goes to nohup.out instead. It does not put the command in the background: add & for that.
$ nohup ./long-job.sh & | keep a job running after you log out

@ nproc 1 coreutils
% GNU coreutils 9.1 | September 2022
print the number of processing units available
nproc [OPTION]...
: Prints how many CPUs this process may run on, which can be fewer than the machine has (an affinity mask or a cgroup cpuset limits it). Build scripts use it to pick a number of parallel jobs.
--all | count all installed CPUs, ignoring the limits
--ignore=N | print N fewer (but never less than 1)
$ make -j"$(nproc)" | one build job per usable CPU

@ od 1 coreutils
% GNU coreutils 9.1 | September 2022
dump files in octal and other formats
od [OPTION]... [FILE]...
: Shows the bytes of a file as numbers, so that invisible characters become visible. Each line starts with the offset (in octal by default) and the format is chosen with -t or the short forms such as -c and -x.
-A, --address-radix=RADIX | offsets in d (decimal), o (octal), x (hex) or n (none)
-c | each byte as a character or a backslash escape
-j, --skip-bytes=BYTES | skip BYTES bytes of input first
-N, --read-bytes=BYTES | dump at most BYTES bytes
-t, --format=TYPE | the format: a, c, d[SIZE], o[SIZE], u[SIZE], x[SIZE], f[SIZE]
-v, --output-duplicates | print repeated lines instead of a *
-w, --width[=BYTES] | show BYTES bytes per line
-x | the same as -t x2: hexadecimal, two bytes at a time
$ printf 'a\\tb\\n' | od -c | shows a \\t b \\n
$ od -A x -t x1 file | a hex dump with hex offsets

@ paste 1 coreutils
% GNU coreutils 9.1 | September 2022
merge lines of files
paste [OPTION]... [FILE]...
: Joins the files side by side: line 1 of each file makes output line 1, separated by tabs, and so on. With -s each file becomes a single line instead.
-d, --delimiters=LIST | separate with the characters of LIST in turn, not tabs
-s, --serial | join all lines of one file before going on to the next
-z, --zero-terminated | lines end with NUL, not newline
$ paste names.txt ages.txt | two files as two columns
$ seq 5 | paste -sd+ | prints 1+2+3+4+5

@ printenv 1 coreutils
% GNU coreutils 9.1 | September 2022
print all or part of environment
printenv [OPTION]... [VARIABLE]...
: Prints the value of each environment VARIABLE named, or every NAME=VALUE when none is named. It exits with status 1 if a variable is not set. Shell variables that were not exported do not show.
-0, --null | end each entry with NUL, not newline
$ printenv HOME | the home directory
$ printenv | sort | the whole environment, sorted

@ printf 1 coreutils
% GNU coreutils 9.1 | September 2022
format and print data
printf FORMAT [ARGUMENT]...
: Prints the ARGUMENTs laid out by FORMAT, as C's printf does: %s for a string, %d for an integer, %f for a number with decimals, %x for hex, and \\n for a newline (no newline is added unless asked for). If there are more arguments than the format uses, the format is used again.
$ printf '%s=%d\\n' x 3 | prints x=3
$ printf '%5.2f\\n' 3.14159 | prints " 3.14"

@ pwd 1 coreutils
% GNU coreutils 9.1 | September 2022
print name of current/working directory
pwd [OPTION]...
: Prints the absolute path of the current directory. The shell's builtin pwd is what usually runs; this program is /usr/bin/pwd.
-L, --logical | print $PWD as it is, symbolic links included, if it is correct
-P, --physical | print the real path with every symbolic link resolved (default)
$ cd /tmp && pwd | prints /tmp

@ readlink 1 coreutils
% GNU coreutils 9.1 | September 2022
print resolved symbolic links or canonical file names
readlink [OPTION]... FILE...
: Prints where a symbolic link points, exactly as stored in the link. With -f, -e or -m it instead prints the full absolute path with every link followed.
-e, --canonicalize-existing | follow all links; every part must exist
-f, --canonicalize | follow all links; all but the last part must exist
-m, --canonicalize-missing | follow all links; parts may be missing
-n, --no-newline | do not print the final newline
-q, --quiet, -s, --silent | do not print most error messages
-v, --verbose | print error messages
-z, --zero | end each result with NUL, not newline
$ readlink /proc/self/exe | the program reading the link
$ readlink -f /bin/sh | the file /bin/sh finally names

@ realpath 1 coreutils
% GNU coreutils 9.1 | September 2022
print the resolved path
realpath [OPTION]... FILE...
: Prints the absolute path of each FILE with ., .. and symbolic links resolved. All but the last component must exist unless -m is given.
-e, --canonicalize-existing | every component must exist
-m, --canonicalize-missing | no component needs to exist
-L, --logical | handle .. before following symlinks
-P, --physical | follow symlinks as they come (the default)
-q, --quiet | do not print most error messages
--relative-to=DIR | print the path relative to DIR
--relative-base=DIR | print relative paths only for files under DIR
-s, --strip, --no-symlinks | do not follow symbolic links
-z, --zero | end each result with NUL, not newline
$ realpath ../file | the full path of a file one level up
$ realpath --relative-to=/usr /usr/share/doc | prints share/doc

@ rm 1 coreutils
% GNU coreutils 9.1 | September 2022
remove files or directories
rm [OPTION]... [FILE]...
: Deletes each FILE name (the data goes when no name and no open file refers to it any more). Directories are removed only with -r, or -d if they are empty. There is no undo and no trash can.
-d, --dir | remove empty directories too
-f, --force | ignore missing files, never ask
-i | ask before every removal
-I | ask once before removing more than three files or recursing
-r, -R, --recursive | remove directories and everything in them
-v, --verbose | print each name as it is removed
--one-file-system | with -r, skip directories on other file systems
--no-preserve-root | allow rm -r / (refused by default)
$ rm -rf build/ | remove the build directory and everything in it
$ rm -i *.tmp | ask about each file first

@ rmdir 1 coreutils
% GNU coreutils 9.1 | September 2022
remove empty directories
rmdir [OPTION]... DIRECTORY...
: Removes each DIRECTORY, but only if it is empty; use rm -r for a directory with files in it.
--ignore-fail-on-non-empty | say nothing when a directory is not empty
-p, --parents | also remove the parents named in the path, as they empty
-v, --verbose | say which directories were removed
$ rmdir -p a/b/c | remove a/b/c, then a/b, then a

@ seq 1 coreutils
% GNU coreutils 9.1 | September 2022
print a sequence of numbers
seq [OPTION]... LAST || seq [OPTION]... FIRST LAST || seq [OPTION]... FIRST INCREMENT LAST
: Counts from FIRST (default 1) to LAST, adding INCREMENT (default 1) each time, one number per line. The numbers may have decimals and the step may be negative.
-f, --format=FORMAT | print each number with a printf floating-point FORMAT
-s, --separator=STRING | put STRING between numbers instead of a newline
-w, --equal-width | pad with leading zeros to the same width
$ seq 1 2 9 | 1 3 5 7 9, one per line
$ for i in $(seq 3); do echo $i; done | a loop that runs three times

@ sha256sum 1 coreutils
% GNU coreutils 9.1 | September 2022
compute and check SHA256 message digest
sha256sum [OPTION]... [FILE]...
: Prints a 256-bit SHA-2 fingerprint of each FILE, followed by its name. With -c it reads such lines back and reports OK or FAILED for each file: the usual way to check a download.
-b, --binary | read in binary mode (marks the name with *)
-c, --check | check the sums listed in the FILEs
--tag | write lines in the BSD style: SHA256 (file) = sum
-t, --text | read in text mode (the default)
-z, --zero | end each line with NUL and do not escape names
--ignore-missing | with -c, skip files that do not exist
--quiet | with -c, do not print OK for each good file
--status | with -c, print nothing; the exit status tells
--strict | with -c, fail on badly formatted lines
-w, --warn | with -c, warn about badly formatted lines
$ sha256sum file.iso | the sum to compare with the published one
$ sha256sum -c SHA256SUMS | check every file the list names

@ sleep 1 coreutils
% GNU coreutils 9.1 | September 2022
delay for a specified amount of time
sleep NUMBER[SUFFIX]...
: Waits for the given time, then exits. NUMBER may have decimals and a unit: s (seconds, the default), m (minutes), h (hours) or d (days); several values are added up.
$ sleep 0.5 | half a second
$ sleep 1m 30s | a minute and a half

@ sort 1 coreutils
% GNU coreutils 9.1 | September 2022
sort lines of text files
sort [OPTION]... [FILE]...
: Reads all the lines of the FILEs and prints them in order, comparing whole lines as text unless told otherwise. Use -n for numbers, and -t with -k to sort on a field. Remember that 10 comes before 9 as text.
-b, --ignore-leading-blanks | ignore blanks at the start of a key
-c, --check | only check whether the input is already sorted
-f, --ignore-case | compare upper and lower case as equal
-g, --general-numeric-sort | compare as floating-point numbers
-h, --human-numeric-sort | compare sizes such as 2K and 1G
-k, --key=KEYDEF | sort on a key: a field number, or a range like 2,2 or 3.1,3.4
-M, --month-sort | compare month names, JAN before DEC
-n, --numeric-sort | compare as numbers, not as text
-o, --output=FILE | write to FILE (it may be the input file)
-r, --reverse | reverse the order
-R, --random-sort | shuffle, keeping equal keys together
-s, --stable | keep lines with equal keys in their input order
-t, --field-separator=SEP | fields are separated by SEP, not by blanks
-u, --unique | print only one of each set of equal lines
-V, --version-sort | compare version numbers, so 1.10 comes after 1.9
-z, --zero-terminated | lines end with NUL, not newline
$ sort -t: -k3 -n /etc/passwd | users by uid
$ du -sh * | sort -h | directory sizes, biggest last

@ stat 1 coreutils
% GNU coreutils 9.1 | September 2022
display file or file system status
stat [OPTION]... FILE...
: Shows what the inode of a file records: size, blocks, type, permissions, owner, link count, inode number, device, and the access, modify and change times. With -f it describes the file system instead. -c picks single fields, such as %a (octal mode), %U (owner), %s (size), %i (inode) and %n (name).
-c, --format=FORMAT | print only FORMAT, with a newline after it
--printf=FORMAT | like -c, but with backslash escapes and no final newline
-f, --file-system | describe the file system, not the file
-L, --dereference | follow symbolic links
-t, --terse | print everything on one line
$ stat /etc/passwd | all the details of one file
$ stat -c '%a %U %n' /etc/shadow | mode, owner and name

@ tac 1 coreutils
% GNU coreutils 9.1 | September 2022
concatenate and print files in reverse
tac [OPTION]... [FILE]...
: Like cat, but prints the lines of each file from last to first.
-b, --before | the separator goes before each record, not after
-r, --regex | treat the separator as a regular expression
-s, --separator=STRING | records end with STRING, not a newline
$ tac /var/log/syslog | head | the newest log lines first

@ tail 1 coreutils
% GNU coreutils 9.1 | September 2022
output the last part of files
tail [OPTION]... [FILE]...
: Prints the end of each FILE: the last 10 lines unless told otherwise. With -f it keeps running and prints new lines as they are written, which is how log files are watched (stop it with Ctrl-C).
-c, --bytes=[+]NUM | the last NUM bytes; with +, from byte NUM on
-f, --follow | keep printing data added to the file
-F | follow a file by name, and retry when it is replaced
-n, --lines=[+]NUM | the last NUM lines; with +, from line NUM on
--pid=PID | with -f, stop when process PID ends
-q, --quiet, --silent | never print file name titles
--retry | keep trying to open a file that is not there yet
-s, --sleep-interval=N | with -f, check for new data every N seconds
-v, --verbose | always print file name titles
-z, --zero-terminated | lines end with NUL, not newline
$ tail -f /var/log/syslog | follow a log
$ tail -n +2 data.csv | everything except the header line

@ tee 1 coreutils
% GNU coreutils 9.1 | September 2022
read from standard input and write to standard output and files
tee [OPTION]... [FILE]...
: Copies what it reads to standard output and to each FILE at the same time, like a T-joint in a pipe. Files are emptied first unless -a is given.
-a, --append | add to the end of the FILEs instead of replacing them
-i, --ignore-interrupts | ignore the interrupt signal (Ctrl-C)
-p | keep writing to the other outputs when a pipe closes
$ make 2>&1 | tee build.log | watch a build and keep a copy
$ echo hi | sudo tee /etc/motd | write a file as root

@ test 1 coreutils
% GNU coreutils 9.1 | September 2022
check file types and compare values
test EXPRESSION || [ EXPRESSION ]
: Checks a condition and exits with 0 if it is true, 1 if it is false, so it is used with if, while, && and ||. Strings are compared with = and !=, integers with -eq -ne -lt -le -gt -ge; ! negates, -a and -o combine. As [ the last argument must be ], and every part must be a separate word. The shells have their own builtin test.
-d FILE | FILE exists and is a directory
-e FILE | FILE exists
-f FILE | FILE exists and is a regular file
-h FILE, -L FILE | FILE is a symbolic link
-r FILE | FILE exists and this process may read it
-s FILE | FILE exists and is not empty
-w FILE | FILE exists and this process may write it
-x FILE | FILE exists and this process may run (or enter) it
-n STRING | STRING is not empty
-z STRING | STRING is empty
$ test -f /etc/passwd && echo yes | prints yes
$ [ "$a" -gt 5 ] | true if $a is a number above 5

@ timeout 1 coreutils
% GNU coreutils 9.1 | September 2022
run a command with a time limit
timeout [OPTION] DURATION COMMAND [ARG]...
: Runs COMMAND and sends it a signal (TERM unless -s says otherwise) if it is still running after DURATION, a number with an optional s, m, h or d. The exit status is 124 when the time ran out, otherwise the command's own.
-k, --kill-after=DURATION | send KILL if the command is still there DURATION after the signal
-s, --signal=SIGNAL | the signal to send, as a name or number
-v, --verbose | say on standard error when a signal is sent
--foreground | let the command use the terminal (its children are not timed)
--preserve-status | exit with the command's status even when time ran out
$ timeout 5 ping localhost | stop ping after five seconds
$ timeout -s KILL 1m ./job | kill the job outright after a minute

@ touch 1 coreutils
% GNU coreutils 9.1 | September 2022
change file timestamps
touch [OPTION]... FILE...
: Sets the access and modification times of each FILE to now, or to another time. A FILE that does not exist is created empty, which makes touch the usual way to make an empty file.
-a | change only the access time
-c, --no-create | do not create missing files
-d, --date=STRING | use the time STRING describes instead of now
-h, --no-dereference | change a symbolic link itself, not its target
-m | change only the modification time
-r, --reference=FILE | use the times of FILE
-t STAMP | use [[CC]YY]MMDDhhmm[.ss] instead of now
$ touch newfile | create an empty file (or update its times)
$ touch -d '2020-01-01' old | set the times to a fixed date

@ tr 1 coreutils
% GNU coreutils 9.1 | September 2022
translate or delete characters
tr [OPTION]... SET1 [SET2]
: Reads standard input and replaces each character found in SET1 with the one in the same place in SET2, or with -d deletes them. Sets may use ranges (a-z), classes ([:upper:], [:digit:], [:space:]) and escapes (\\n). tr reads only standard input: use a redirection, not a file name.
-c, -C, --complement | use every character that is not in SET1
-d, --delete | delete the characters of SET1
-s, --squeeze-repeats | replace a run of the same character with one
-t, --truncate-set1 | first cut SET1 to the length of SET2
$ tr a-z A-Z < file | the file in upper case
$ tr -s ' ' < file | squeeze runs of spaces into one

@ true 1 coreutils
% GNU coreutils 9.1 | September 2022
do nothing, successfully
true
: Does nothing and exits with status 0. Used where a command is needed that always succeeds, as in "while true; do ...; done".

@ tty 1 coreutils
% GNU coreutils 9.1 | September 2022
print the file name of the terminal connected to standard input
tty [OPTION]...
: Prints the device file of the terminal on standard input, such as /dev/pts/0, or "not a tty" (with status 1) when the input is a file or a pipe.
-s, --silent, --quiet | print nothing; only the exit status tells
$ tty | which terminal this shell is on

@ uname 1 coreutils
% GNU coreutils 9.1 | September 2022
print system information
uname [OPTION]...
: Prints facts about the running kernel and machine; with no option only the kernel name (Linux). The host name it shows is the one of the current UTS namespace.
-a, --all | everything below, in this order
-s, --kernel-name | the kernel's name
-n, --nodename | the host name
-r, --kernel-release | the kernel release
-v, --kernel-version | the kernel version and build date
-m, --machine | the hardware type, such as x86_64
-p, --processor | the processor type
-i, --hardware-platform | the hardware platform
-o, --operating-system | the operating system
$ uname -r | the kernel release
$ uname -a | all of it on one line

@ uniq 1 coreutils
% GNU coreutils 9.1 | September 2022
report or omit repeated lines
uniq [OPTION]... [INPUT [OUTPUT]]
: Collapses each run of identical adjacent lines into one. Only neighbours are compared, so sort the input first to find all duplicates.
-c, --count | put the number of repeats in front of each line
-d, --repeated | print only lines that were repeated, once each
-D | print every copy of the repeated lines
-f, --skip-fields=N | ignore the first N fields when comparing
-i, --ignore-case | compare upper and lower case as equal
-s, --skip-chars=N | ignore the first N characters when comparing
-u, --unique | print only lines that were not repeated
-w, --check-chars=N | compare at most N characters
-z, --zero-terminated | lines end with NUL, not newline
$ sort words | uniq -c | count each word
$ sort words | uniq -d | only the words that occur more than once

@ wc 1 coreutils
% GNU coreutils 9.1 | September 2022
print newline, word, and byte counts for each file
wc [OPTION]... [FILE]...
: Counts the lines, words and bytes of each FILE (or standard input) and prints them in that order, with a total line when there are several files. A "line" is a newline character, so a last line without one is not counted.
-c, --bytes | count bytes
-l, --lines | count lines
-L, --max-line-length | show the width of the longest line
-m, --chars | count characters
-w, --words | count words (runs of non-blanks)
--files0-from=F | read the file names from F, separated by NUL
--total=WHEN | when to print the total: auto, always, only, never
$ wc -l /etc/passwd | how many lines
$ ls | wc -l | how many entries in this directory

@ whoami 1 coreutils
% GNU coreutils 9.1 | September 2022
print effective user name
whoami [OPTION]...
: Prints the name of the effective user, the one whose permissions this process has; after sudo or su it is the new user. The same as id -un.
$ sudo whoami | prints root

@ yes 1 coreutils
% GNU coreutils 9.1 | September 2022
output a string repeatedly until killed
yes [STRING]...
: Prints "y" (or the STRINGs, separated by spaces) on a line, again and again, until it is killed or its reader goes away. Used to answer every question of an interactive command.
$ yes | rm -i *.tmp | answer y to every question
$ yes hello | head -3 | three lines of hello

@ stty 1 coreutils
% GNU coreutils 9.1 | September 2022
change and print terminal line settings
stty [-F DEVICE] [SETTING]...
: Shows or changes how the terminal driver treats input and output: echo, line editing (icanon), special keys such as intr, and the window size. A setting is turned on by its name and off with a - in front (stty -echo); "stty sane" puts everything back to usable defaults, "stty raw" turns line editing off and "stty size" prints rows and columns.
-a, --all | print every setting, readable by people
-F, --file=DEVICE | work on DEVICE instead of standard input
-g, --save | print the settings in a form stty can read back
$ stty -echo; read pw; stty echo | read a password without showing it
$ stty size | the terminal's rows and columns
`;
