// The manual pages, in page.ts's text format: short, real pages (NAME, SYNOPSIS, DESCRIPTION,
// the OPTIONS vlab's programs support, EXAMPLES), wording after the Debian 12 pages.

export const PAGES_TEXT = `
@ basename 1 coreutils
% GNU coreutils 9.1 | September 2022
strip directory and suffix from filenames
basename NAME [SUFFIX] || basename OPTION... NAME...
: Print NAME with any leading directory components removed. If specified, also remove a trailing SUFFIX.
-a, --multiple | support multiple arguments and treat each as a NAME
-s, --suffix=SUFFIX | remove a trailing SUFFIX; implies -a
$ basename /usr/bin/sort | prints "sort"

@ cat 1 coreutils
% GNU coreutils 9.1 | September 2022
concatenate files and print on the standard output
cat [OPTION]... [FILE]...
: Concatenate FILE(s) to standard output. With no FILE, or when FILE is -, read standard input.
-n, --number | number all output lines
-A, --show-all | equivalent to -vET
$ cat f - g | output f's contents, then standard input, then g's contents

@ chgrp 1 coreutils
% GNU coreutils 9.1 | September 2022
change group ownership
chgrp [OPTION]... GROUP FILE...
: Change the group of each FILE to GROUP.
-R, --recursive | operate on files and directories recursively
$ chgrp staff /u | change the group of /u to "staff"

@ chmod 1 coreutils
% GNU coreutils 9.1 | September 2022
change file mode bits
chmod [OPTION]... MODE[,MODE]... FILE... || chmod [OPTION]... OCTAL-MODE FILE...
: chmod changes the file mode bits of each given file according to mode, which can be either a symbolic representation of changes to make ([ugoa...][[-+=][perms...]...]), or an octal number representing the bit pattern for the new mode bits.
-R, --recursive | change files and directories recursively
-v, --verbose | output a diagnostic for every file processed
$ chmod 755 script.sh | rwx for the owner, rx for everyone else
$ chmod u+x,go-w file | add execute for the owner, remove write for others

@ chown 1 coreutils
% GNU coreutils 9.1 | September 2022
change file owner and group
chown [OPTION]... [OWNER][:[GROUP]] FILE...
: chown changes the user and/or group ownership of each given file.
-R, --recursive | operate on files and directories recursively
$ chown root:staff /u | change the owner of /u to "root" and its group to "staff"

@ clear 1 coreutils
%  |  | clear | General Commands Manual
clear the terminal screen
clear
: clear clears your terminal's screen if this is possible.

@ comm 1 coreutils
% GNU coreutils 9.1 | September 2022
compare two sorted files line by line
comm [OPTION]... FILE1 FILE2
: Compare sorted files FILE1 and FILE2 line by line. With no options, produce three-column output: lines unique to FILE1, lines unique to FILE2, and lines common to both.
-1 | suppress column 1 (lines unique to FILE1)
-2 | suppress column 2 (lines unique to FILE2)
-3 | suppress column 3 (lines that appear in both files)
$ comm -12 file1 file2 | print only lines present in both files

@ cp 1 coreutils
% GNU coreutils 9.1 | September 2022
copy files and directories
cp [OPTION]... SOURCE DEST || cp [OPTION]... SOURCE... DIRECTORY
: Copy SOURCE to DEST, or multiple SOURCE(s) to DIRECTORY.
-a, --archive | same as -dR --preserve=all
-p | preserve mode, ownership and timestamps
-r, -R, --recursive | copy directories recursively
-f, --force | remove an existing destination that cannot be opened and try again
-i, --interactive | prompt before overwrite
-v, --verbose | explain what is being done
$ cp -r src/ backup/ | copy a directory tree

@ cut 1 coreutils
% GNU coreutils 9.1 | September 2022
remove sections from each line of files
cut OPTION... [FILE]...
: Print selected parts of lines from each FILE to standard output.
-b, --bytes=LIST | select only these bytes
-c, --characters=LIST | select only these characters
-d, --delimiter=DELIM | use DELIM instead of TAB for field delimiter
-f, --fields=LIST | select only these fields
$ cut -d: -f1 /etc/passwd | list the user names

@ date 1 coreutils
% GNU coreutils 9.1 | September 2022
print or set the system date and time
date [OPTION]... [+FORMAT]
: Display the current time in the given FORMAT.
-d, --date=STRING | display time described by STRING, not 'now'
-u, --utc | print Coordinated Universal Time (UTC)
-R, --rfc-email | output date and time in RFC 5322 format
$ date +%Y-%m-%d | today's date, as 2024-01-31

@ df 1 coreutils
% GNU coreutils 9.1 | September 2022
report file system space usage
df [OPTION]... [FILE]...
: df displays the amount of space available on the file system containing each file name argument, or on all file systems.
-h, --human-readable | print sizes in powers of 1024 (e.g., 1023M)
-T, --print-type | print file system type
$ df -hT | all file systems, sizes in K/M/G, with their types

@ diff 1 coreutils
% diffutils 3.8 | August 2021
compare files line by line
diff [OPTION]... FILES
: Compare FILES line by line.
-u, -U NUM, --unified[=NUM] | output NUM (default 3) lines of unified context
-r, --recursive | recursively compare any subdirectories found
-q, --brief | report only when files differ
$ diff -u old.txt new.txt | the changes as a unified diff

@ dirname 1 coreutils
% GNU coreutils 9.1 | September 2022
strip last component from file name
dirname [OPTION] NAME...
: Output each NAME with its last non-slash component and trailing slashes removed; if NAME contains no /'s, output '.'.
$ dirname /usr/bin/ | prints "/usr"

@ du 1 coreutils
% GNU coreutils 9.1 | September 2022
estimate file space usage
du [OPTION]... [FILE]...
: Summarize device usage of the set of FILEs, recursively for directories.
-s, --summarize | display only a total for each argument
-h, --human-readable | print sizes in human readable format (e.g., 1K 234M 2G)
$ du -sh /var | the total size of /var

@ echo 1 coreutils
% GNU coreutils 9.1 | September 2022
display a line of text
echo [SHORT-OPTION]... [STRING]...
: Echo the STRING(s) to standard output.
-n | do not output the trailing newline
-e | enable interpretation of backslash escapes
$ echo -e 'a\\tb' | prints a and b separated by a tab

@ env 1 coreutils
% GNU coreutils 9.1 | September 2022
run a program in a modified environment
env [OPTION]... [-] [NAME=VALUE]... [COMMAND [ARG]...]
: Set each NAME to VALUE in the environment and run COMMAND. With no COMMAND, print the resulting environment.
-i, --ignore-environment | start with an empty environment
-u, --unset=NAME | remove variable from the environment
$ env -i PATH=/bin sh | a shell with an almost empty environment

@ expr 1 coreutils
% GNU coreutils 9.1 | September 2022
evaluate expressions
expr EXPRESSION
: Print the value of EXPRESSION to standard output.
$ expr 2 + 3 | prints 5

@ false 1 coreutils
% GNU coreutils 9.1 | September 2022
do nothing, unsuccessfully
false
: Exit with a status code indicating failure.

@ fold 1 coreutils
% GNU coreutils 9.1 | September 2022
wrap each input line to fit in specified width
fold [OPTION]... [FILE]...
: Wrap input lines in each FILE, writing to standard output.
-w, --width=WIDTH | use WIDTH columns instead of 80
-s, --spaces | break at spaces

@ groups 1 coreutils
% GNU coreutils 9.1 | September 2022
print the groups a user is in
groups [OPTION]... [USERNAME]...
: Print group memberships for each USERNAME or, if no USERNAME is specified, for the current process.

@ head 1 coreutils
% GNU coreutils 9.1 | September 2022
output the first part of files
head [OPTION]... [FILE]...
: Print the first 10 lines of each FILE to standard output.
-n, --lines=[-]NUM | print the first NUM lines instead of the first 10
-c, --bytes=[-]NUM | print the first NUM bytes of each file
$ head -n 3 /etc/passwd | the first three lines

@ hostname 1 coreutils
% net-tools | 2009-09-16 |  | Linux Programmer's Manual
show or set the system's host name
hostname [NAME]
: Hostname is used to display the system's DNS name, and to display or set its hostname.

@ id 1 coreutils
% GNU coreutils 9.1 | September 2022
print real and effective user and group IDs
id [OPTION]... [USER]...
: Print user and group information for each specified USER, or (when USER omitted) for the current process.
-u, --user | print only the effective user ID
-g, --group | print only the effective group ID
-G, --groups | print all group IDs
-n, --name | print a name instead of a number, for -ugG
$ id -un | the current user's name

@ ln 1 coreutils
% GNU coreutils 9.1 | September 2022
make links between files
ln [OPTION]... [-T] TARGET LINK_NAME || ln [OPTION]... TARGET... DIRECTORY
: Create hard links by default, symbolic links with --symbolic.
-s, --symbolic | make symbolic links instead of hard links
-f, --force | remove existing destination files
$ ln -s /usr/bin/python3 ~/bin/python | a symbolic link

@ ls 1 coreutils
% GNU coreutils 9.1 | September 2022
list directory contents
ls [OPTION]... [FILE]...
: List information about the FILEs (the current directory by default). Sort entries alphabetically if none of -cftuvSUX nor --sort is specified.
-a, --all | do not ignore entries starting with .
-A, --almost-all | do not list implied . and ..
-d, --directory | list directories themselves, not their contents
-h, --human-readable | with -l, print sizes like 1K 234M 2G
-i, --inode | print the index number of each file
-l | use a long listing format
-r, --reverse | reverse order while sorting
-R, --recursive | list subdirectories recursively
-S | sort by file size, largest first
-t | sort by time, newest first
-1 | list one file per line
--color[=WHEN] | color the output; WHEN can be 'always', 'auto', or 'never'
$ ls -la /etc | everything in /etc, in the long format
$ ls -lhS | largest files first, sizes in K/M/G

@ md5sum 1 coreutils
% GNU coreutils 9.1 | September 2022
compute and check MD5 message digest
md5sum [OPTION]... [FILE]...
: Print or check MD5 (128-bit) checksums.
-c, --check | read checksums from the FILEs and check them

@ mkdir 1 coreutils
% GNU coreutils 9.1 | September 2022
make directories
mkdir [OPTION]... DIRECTORY...
: Create the DIRECTORY(ies), if they do not already exist.
-m, --mode=MODE | set file mode (as in chmod), not a=rwx - umask
-p, --parents | no error if existing, make parent directories as needed
-v, --verbose | print a message for each created directory
$ mkdir -p a/b/c | make a, a/b and a/b/c

@ mktemp 1 coreutils
% GNU coreutils 9.1 | September 2022
create a temporary file or directory
mktemp [OPTION]... [TEMPLATE]
: Create a temporary file or directory, safely, and print its name.
-d, --directory | create a directory, not a file

@ mv 1 coreutils
% GNU coreutils 9.1 | September 2022
move (rename) files
mv [OPTION]... SOURCE DEST || mv [OPTION]... SOURCE... DIRECTORY
: Rename SOURCE to DEST, or move SOURCE(s) to DIRECTORY.
-f, --force | do not prompt before overwriting
-i, --interactive | prompt before overwrite
-v, --verbose | explain what is being done

@ nl 1 coreutils
% GNU coreutils 9.1 | September 2022
number lines of files
nl [OPTION]... [FILE]...
: Write each FILE to standard output, with line numbers added.
-b, --body-numbering=STYLE | use STYLE for numbering body lines (a, t, n)

@ nohup 1 coreutils
% GNU coreutils 9.1 | September 2022
run a command immune to hangups, with output to a non-tty
nohup COMMAND [ARG]...
: Run COMMAND, ignoring hangup signals.

@ nproc 1 coreutils
% GNU coreutils 9.1 | September 2022
print the number of processing units available
nproc [OPTION]...
: Print the number of processing units available to the current process.

@ od 1 coreutils
% GNU coreutils 9.1 | September 2022
dump files in octal and other formats
od [OPTION]... [FILE]...
: Write an unambiguous representation, octal bytes by default, of FILE to standard output.
-c | same as -t c, select printable characters or backslash escapes
-x | same as -t x2, select hexadecimal 2-byte units

@ paste 1 coreutils
% GNU coreutils 9.1 | September 2022
merge lines of files
paste [OPTION]... [FILE]...
: Write lines consisting of the sequentially corresponding lines from each FILE, separated by TABs.
-d, --delimiters=LIST | reuse characters from LIST instead of TABs
-s, --serial | paste one file at a time instead of in parallel

@ printenv 1 coreutils
% GNU coreutils 9.1 | September 2022
print all or part of environment
printenv [OPTION]... [VARIABLE]...
: Print the values of the specified environment VARIABLE(s). If no VARIABLE is specified, print name and value pairs for them all.
$ printenv HOME | the home directory

@ printf 1 coreutils
% GNU coreutils 9.1 | September 2022
format and print data
printf FORMAT [ARGUMENT]...
: Print ARGUMENT(s) according to FORMAT.
$ printf '%s=%d\\n' x 3 | prints x=3

@ pwd 1 coreutils
% GNU coreutils 9.1 | September 2022
print name of current/working directory
pwd [OPTION]...
: Print the full filename of the current working directory.
-L, --logical | use PWD from environment, even if it contains symlinks
-P, --physical | avoid all symlinks

@ readlink 1 coreutils
% GNU coreutils 9.1 | September 2022
print resolved symbolic links or canonical file names
readlink [OPTION]... FILE...
: Print value of a symbolic link or canonical file name.
-f, --canonicalize | canonicalize by following every symlink
$ readlink -f /bin/sh | the file /bin/sh finally names

@ realpath 1 coreutils
% GNU coreutils 9.1 | September 2022
print the resolved path
realpath [OPTION]... FILE...
: Print the resolved absolute file name.

@ rm 1 coreutils
% GNU coreutils 9.1 | September 2022
remove files or directories
rm [OPTION]... [FILE]...
: rm removes each specified file. By default, it does not remove directories.
-f, --force | ignore nonexistent files and arguments, never prompt
-i | prompt before every removal
-r, -R, --recursive | remove directories and their contents recursively
-v, --verbose | explain what is being done
$ rm -rf build/ | remove the build directory and everything in it

@ rmdir 1 coreutils
% GNU coreutils 9.1 | September 2022
remove empty directories
rmdir [OPTION]... DIRECTORY...
: Remove the DIRECTORY(ies), if they are empty.
-p, --parents | remove DIRECTORY and its ancestors

@ seq 1 coreutils
% GNU coreutils 9.1 | September 2022
print a sequence of numbers
seq [OPTION]... LAST || seq [OPTION]... FIRST LAST || seq [OPTION]... FIRST INCREMENT LAST
: Print numbers from FIRST to LAST, in steps of INCREMENT.
-s, --separator=STRING | use STRING to separate numbers
-w, --equal-width | equalize width by padding with leading zeroes
$ seq 1 2 9 | 1 3 5 7 9, one per line

@ sha256sum 1 coreutils
% GNU coreutils 9.1 | September 2022
compute and check SHA256 message digest
sha256sum [OPTION]... [FILE]...
: Print or check SHA256 (256-bit) checksums.

@ sleep 1 coreutils
% GNU coreutils 9.1 | September 2022
delay for a specified amount of time
sleep NUMBER[SUFFIX]...
: Pause for NUMBER seconds. SUFFIX may be 's' for seconds, 'm' for minutes, 'h' for hours or 'd' for days.
$ sleep 0.5 | half a second

@ sort 1 coreutils
% GNU coreutils 9.1 | September 2022
sort lines of text files
sort [OPTION]... [FILE]...
: Write sorted concatenation of all FILE(s) to standard output.
-n, --numeric-sort | compare according to string numerical value
-h, --human-numeric-sort | compare human readable numbers (e.g., 2K 1G)
-r, --reverse | reverse the result of comparisons
-k, --key=KEYDEF | sort via a key
-t, --field-separator=SEP | use SEP instead of non-blank to blank transition
-u, --unique | output only the first of an equal run
$ sort -t: -k3 -n /etc/passwd | users by uid

@ stat 1 coreutils
% GNU coreutils 9.1 | September 2022
display file or file system status
stat [OPTION]... FILE...
: Display file or file system status.
-c --format=FORMAT | use the specified FORMAT instead of the default
-L, --dereference | follow links
$ stat -c '%a %U %n' /etc/shadow | mode, owner and name

@ tac 1 coreutils
% GNU coreutils 9.1 | September 2022
concatenate and print files in reverse
tac [OPTION]... [FILE]...
: Write each FILE to standard output, last line first.

@ tail 1 coreutils
% GNU coreutils 9.1 | September 2022
output the last part of files
tail [OPTION]... [FILE]...
: Print the last 10 lines of each FILE to standard output.
-n, --lines=[+]NUM | output the last NUM lines
-c, --bytes=[+]NUM | output the last NUM bytes
-f, --follow | output appended data as the file grows
$ tail -f /var/log/syslog | follow a log

@ tee 1 coreutils
% GNU coreutils 9.1 | September 2022
read from standard input and write to standard output and files
tee [OPTION]... [FILE]...
: Copy standard input to each FILE, and also to standard output.
-a, --append | append to the given FILEs, do not overwrite
$ echo hi | sudo tee /etc/motd | write a file as root

@ test 1 coreutils
% GNU coreutils 9.1 | September 2022
check file types and compare values
test EXPRESSION || [ EXPRESSION ]
: Exit with the status determined by EXPRESSION.
-d FILE | FILE exists and is a directory
-e FILE | FILE exists
-f FILE | FILE exists and is a regular file
-n STRING | the length of STRING is nonzero
-z STRING | the length of STRING is zero

@ timeout 1 coreutils
% GNU coreutils 9.1 | September 2022
run a command with a time limit
timeout [OPTION] DURATION COMMAND [ARG]...
: Start COMMAND, and kill it if still running after DURATION.
-s, --signal=SIGNAL | specify the signal to be sent on timeout

@ touch 1 coreutils
% GNU coreutils 9.1 | September 2022
change file timestamps
touch [OPTION]... FILE...
: Update the access and modification times of each FILE to the current time. A FILE argument that does not exist is created empty.
-d, --date=STRING | parse STRING and use it instead of current time
-c, --no-create | do not create any files

@ tr 1 coreutils
% GNU coreutils 9.1 | September 2022
translate or delete characters
tr [OPTION]... SET1 [SET2]
: Translate, squeeze, and/or delete characters from standard input, writing to standard output.
-d, --delete | delete characters in SET1, do not translate
-s, --squeeze-repeats | replace each sequence of a repeated character with a single occurrence
$ tr a-z A-Z | upper-case standard input

@ true 1 coreutils
% GNU coreutils 9.1 | September 2022
do nothing, successfully
true
: Exit with a status code indicating success.

@ tty 1 coreutils
% GNU coreutils 9.1 | September 2022
print the file name of the terminal connected to standard input
tty [OPTION]...
: Print the file name of the terminal connected to standard input.

@ uname 1 coreutils
% GNU coreutils 9.1 | September 2022
print system information
uname [OPTION]...
: Print certain system information. With no OPTION, same as -s.
-a, --all | print all information
-s, --kernel-name | print the kernel name
-n, --nodename | print the network node hostname
-r, --kernel-release | print the kernel release
-m, --machine | print the machine hardware name

@ uniq 1 coreutils
% GNU coreutils 9.1 | September 2022
report or omit repeated lines
uniq [OPTION]... [INPUT [OUTPUT]]
: Filter adjacent matching lines from INPUT (or standard input), writing to OUTPUT (or standard output).
-c, --count | prefix lines by the number of occurrences
-d, --repeated | only print duplicate lines, one for each group
$ sort words | uniq -c | count each word

@ wc 1 coreutils
% GNU coreutils 9.1 | September 2022
print newline, word, and byte counts for each file
wc [OPTION]... [FILE]...
: Print newline, word, and byte counts for each FILE, and a total line if more than one FILE is specified.
-c, --bytes | print the byte counts
-l, --lines | print the newline counts
-w, --words | print the word counts
$ wc -l /etc/passwd | how many lines

@ which 1 coreutils
% Debian | 29 Jun 2016 |  | General Commands Manual
locate a command
which [-a] filename ...
: which returns the pathnames of the files (or links) which would be executed in the current environment.
-a | print all matching pathnames of each argument

@ whoami 1 coreutils
% GNU coreutils 9.1 | September 2022
print effective user name
whoami [OPTION]...
: Print the user name associated with the current effective user ID.

@ xxd 1 coreutils
% Manual page for xxd | August 1996 |  | General Commands Manual
make a hex dump or do the reverse
xxd [options] [infile [outfile]]
: xxd creates a hex dump of a given file or standard input.

@ yes 1 coreutils
% GNU coreutils 9.1 | September 2022
output a string repeatedly until killed
yes [STRING]...
: Repeatedly output a line with all specified STRING(s), or 'y'.

@ stty 1 coreutils
% GNU coreutils 9.1 | September 2022
change and print terminal line settings
stty [-F DEVICE] [SETTING]...
: Print or change terminal characteristics.
-a, --all | print all current settings in human-readable form
size | print the number of rows and columns
raw | same as -ignbrk -brkint ... -icanon
sane | same as cread -ignbrk brkint ... icanon

@ ps 1 procps
% procps-ng | 2022-05-11
report a snapshot of the current processes
ps [options]
: ps displays information about a selection of the active processes.
a | all processes with a terminal
u | user-oriented format
x | processes without a terminal too
-e | select all processes
-f | full-format listing
-o format | user-defined format
-p pidlist | select by process ID
--forest | ASCII art process tree
$ ps aux | every process, BSD style
$ ps -ef --forest | every process as a tree

@ kill 1 procps
% procps-ng | 2021-05-18
send a signal to a process
kill [options] <pid> [...]
: The default signal for kill is TERM. Use -l or -L to list available signals.
-<signal>, -s <signal> | specify the signal to be sent
-l, --list [signal] | list signal names
$ kill -9 1234 | kill process 1234 with SIGKILL

@ top 1 procps
% procps-ng | September 2022
display Linux processes
top -hv|-bcEeHiOSs1 -d secs -n max -u|U user -p pids
: The top program provides a dynamic real-time view of a running system. It refreshes every 3 seconds; press q to quit.
-d secs | delay between updates
-n max | number of iterations before ending
-b | batch mode: no screen handling
$ top -d 1 | refresh every second

@ watch 1 procps
% procps-ng | 2021-04-24
execute a program periodically, showing output fullscreen
watch [options] command
: watch runs command repeatedly, displaying its output (the first screenfull). By default, command is run every 2 seconds.
-n, --interval seconds | specify update interval
-t, --no-title | turn off the header
$ watch -n 1 date | the time, every second

@ free 1 procps
% procps-ng | 2022-06-25
Display amount of free and used memory in the system
free [options]
: free displays the total amount of free and used physical and swap memory in the system.
-h, --human | show all output fields scaled to the shortest three digit unit
-m, --mebi | display the amount of memory in mebibytes

@ pgrep 1 procps
% procps-ng | 2022-08-31
look up, signal, or wait for processes based on name and other attributes
pgrep [options] pattern
: pgrep looks through the currently running processes and lists the process IDs which match the selection criteria.
-l, --list-name | list the process name as well as the process ID

@ pkill 1 procps
% procps-ng | 2022-08-31 | PGREP
signal processes based on name
pkill [options] pattern
: pkill sends a signal (SIGTERM by default) to each process whose name matches pattern.

@ uptime 1 procps
% procps-ng | December 2012
Tell how long the system has been running.
uptime [options]
: uptime gives a one line display of the current time, how long the system has been running, how many users are logged on, and the system load averages.

@ pstree 1 procps
% psmisc | 2021-06-21
display a tree of processes
pstree [-p] [pid]
: pstree shows running processes as a tree.
-p | show PIDs

@ find 1 findutils
%  |  |  | General Commands Manual
search for files in a directory hierarchy
find [starting-point...] [expression]
: find searches the directory tree rooted at each given starting-point by evaluating the given expression from left to right.
-name pattern | base of file name matches shell pattern pattern
-type c | file is of type c (f, d, l, ...)
-maxdepth levels | descend at most levels levels
-newer file | modified more recently than file
-exec command ; | execute command
-delete | delete files
-print0 | print the full file name followed by a null character
$ find /etc -name '*.conf' | every .conf file under /etc

@ xargs 1 findutils
%  |  |  | General Commands Manual
build and execute command lines from standard input
xargs [options] [command [initial-arguments]]
: xargs reads items from the standard input, delimited by blanks or newlines, and executes the command one or more times with the items as arguments.
-0, --null | input items are terminated by a null character
-n max-args | use at most max-args arguments per command line
-I replace-str | replace occurrences of replace-str in the initial-arguments
$ find . -name '*.tmp' -print0 | xargs -0 rm | remove every .tmp file

@ grep 1 grep
% GNU grep 3.8 | 2019-12-29
print lines that match patterns
grep [OPTION...] PATTERNS [FILE...]
: grep searches for PATTERNS in each FILE and prints each line that matches a pattern.
-E, --extended-regexp | interpret PATTERNS as extended regular expressions
-F, --fixed-strings | interpret PATTERNS as fixed strings
-i, --ignore-case | ignore case distinctions
-v, --invert-match | select non-matching lines
-n, --line-number | prefix each line of output with its line number
-c, --count | print a count of matching lines
-r, --recursive | read all files under each directory, recursively
-o, --only-matching | print only the matched parts
-l, --files-with-matches | print only names of files with matches
-w, --word-regexp | match only whole words
-q, --quiet | exit immediately with zero status if any match is found
$ grep -rn TODO src/ | every TODO with its file and line

@ sed 1 sed
% GNU sed 4.9 | January 2023
stream editor for filtering and transforming text
sed [OPTION]... {script-only-if-no-other-script} [input-file]...
: Sed is a stream editor: it performs basic text transformations on an input stream (a file or input from a pipeline).
-n, --quiet | suppress automatic printing of pattern space
-e script | add the script to the commands to be executed
-i[SUFFIX] | edit files in place
-E, -r | use extended regular expressions
$ sed -i 's/foo/bar/g' file | replace every foo with bar in file

@ awk 1 vlab
% Version 1.3.4 | 2019-12-31 | MAWK | USER COMMANDS
pattern scanning and processing language
awk [-F fs] [-v var=value] 'prog' [file ...]
: awk scans each input file for lines that match any of a set of patterns specified in prog and performs the associated action.
-F fs | define the input field separator
-v var=value | assign value to variable var before the program starts
$ awk -F: '{print $1}' /etc/passwd | the user names

@ nano 1 nano
% January 2023 | version 7.2 |  | General Commands Manual
Nano's ANOther editor, inspired by Pico
nano [options] [[+line[,column]] file]...
: nano is a small and friendly editor. Type to insert text; ^O writes the file out, ^X exits, ^K cuts a line and ^U pastes it, ^W searches, ^C shows the cursor position.
+LINE | put the cursor on line LINE
$ nano /etc/hostname | edit the host name file

@ vi 1 vim
%  | 2021 Jun 13 | VIM | General Commands Manual
Vi IMproved, a programmer's text editor
vi [options] [file ..]
: Vim is a text editor that is upwards compatible to Vi. In normal mode, i a o enter insert mode and Esc leaves it; x deletes a character, dd a line, yy and p copy and paste a line; :w writes, :q quits, :wq does both and :q! quits without saving; /text searches.
$ vi notes.txt | edit notes.txt

@ less 1 less
%  | Version 590: 03 Jun 2021 |  | General Commands Manual
opposite of more
less [options] [file...]
: less shows a file a screen at a time. Space and b move a page forward and back, arrows a line, g and G to the start and end, /pattern searches, n repeats the search, q quits.
-N | show line numbers
-F | quit if the text fits on one screen
$ ps aux | less | page through the process list

@ more 1 util-linux
% util-linux 2.38.1 | 2022-08-04
display the contents of a file in a terminal
more [options] file ...
: more is a filter for paging through text one screenful at a time. Space shows the next page, Enter the next line, q quits.

@ man 1 man-db
% 2.11.2 | 2023-01-08 |  | Manual pager utils
an interface to the system reference manuals
man [man options] [[section] page ...] ... || man -k [apropos options] regexp ...
: man is the system's manual pager. Each page argument given to man is normally the name of a program, utility or function.
-k, --apropos | equivalent to apropos
-f, --whatis | equivalent to whatis
$ man ls | the manual page of ls
$ man -k directory | pages whose description mentions directory

@ apropos 1 man-db
% 2.11.2 | 2023-01-08 |  | Manual pager utils
search the manual page names and descriptions
apropos [-e] keyword ...
: Each manual page has a short description available within it. apropos searches the descriptions for instances of keyword.
-e, --exact | search each keyword for exact matches

@ whatis 1 man-db
% 2.11.2 | 2023-01-08 |  | Manual pager utils
display one-line manual page descriptions
whatis name ...
: whatis displays the NAME line of the named manual pages.

@ su 1 util-linux
% util-linux 2.38.1 | 2022-05-11
run a command with substitute user and group ID
su [options] [-] [user [argument...]]
: su allows commands to be run with a substitute user and group ID. When called with no user specified, su defaults to running an interactive shell as root.
-, -l, --login | start the shell as a login shell with an environment similar to a real login
-c, --command command | pass command to the shell with the -c option
$ su - student | become student, in a fresh login environment

@ sudo 8 sudo
% Sudo 1.9.13p3 | January 16, 2023 |  | BSD System Manager's Manual
execute a command as another user
sudo [-u user] [-i | -s] [command [arg ...]]
: sudo allows a permitted user to execute a command as the superuser or another user, as specified by the security policy in /etc/sudoers. Members of the sudo group may run any command.
-u user, --user=user | run the command as a user other than root
-i, --login | run the target user's login shell
-s, --shell | run the shell specified by the SHELL environment variable
$ sudo apt update | run a command as root

@ useradd 8 shadow
% shadow-utils 4.13 | 04/07/2025 |  | System Management Commands
create a new user or update default new user information
useradd [options] LOGIN
: useradd creates a new user account.
-m, --create-home | create the user's home directory
-s, --shell SHELL | the name of the user's login shell
-G, --groups GROUP1[,GROUP2,...] | supplementary groups
-u, --uid UID | the numerical value of the user's ID
$ useradd -m -s /bin/bash alice | a user with a home and bash

@ userdel 8 shadow
% shadow-utils 4.13 | 04/07/2025 |  | System Management Commands
delete a user account and related files
userdel [options] LOGIN
: userdel modifies the system account files, deleting all entries that refer to the user name LOGIN.
-r, --remove | remove the home directory

@ usermod 8 shadow
% shadow-utils 4.13 | 04/07/2025 |  | System Management Commands
modify a user account
usermod [options] LOGIN
: usermod modifies the system account files.
-a, --append | add the user to the supplementary group(s); use only with -G
-G, --groups GROUP1[,GROUP2,...] | supplementary groups
-s, --shell SHELL | the user's new login shell
$ usermod -aG sudo alice | let alice use sudo

@ passwd 1 shadow
% shadow-utils 4.13 | 04/07/2025
change user password
passwd [options] [LOGIN]
: passwd changes passwords for user accounts.

@ dmesg 1 util-linux
% util-linux 2.38.1 | 2022-05-11
print or control the kernel ring buffer
dmesg [options]
: dmesg is used to examine the kernel ring buffer.
-T, --ctime | print human-readable timestamps

@ unshare 1 util-linux
% util-linux 2.38.1 | 2022-05-11
run program in new namespaces
unshare [options] [program [arguments]]
: Unshares the indicated namespaces from the parent process and then executes the specified program.
-p, --pid | unshare the PID namespace
-m, --mount | unshare the mount namespace
-u, --uts | unshare the UTS namespace
-f, --fork | fork the specified program as a child process
--mount-proc | mount the proc filesystem
$ unshare -pf --mount-proc bash | a shell that is pid 1

@ nsenter 1 util-linux
% util-linux 2.38.1 | 2022-05-11
run program in different namespaces
nsenter [options] [program [arguments]]
: The nsenter command executes program in the namespace(s) that are specified in the command-line options.
-t, --target PID | the target process to get contexts from

@ lsns 8 util-linux
% util-linux 2.38.1 | 2022-07-20
list namespaces
lsns [options] [namespace]
: lsns lists information about all the currently accessible namespaces or about the given namespace.

@ ipcs 1 util-linux
% util-linux 2.38.1 | 2022-05-11
show information on IPC facilities
ipcs [options]
: ipcs shows information on System V inter-process communication facilities.

@ ipcmk 1 util-linux
% util-linux 2.38.1 | 2022-05-11
make various IPC resources
ipcmk [options]
: ipcmk allows you to create System V inter-process communication (IPC) objects.

@ ipcrm 1 util-linux
% util-linux 2.38.1 | 2022-05-11
remove certain IPC resources
ipcrm [options]
: ipcrm removes System V inter-process communication (IPC) objects.

@ mount 8 util-linux
% util-linux 2.38.1 | 2022-08-04
mount a filesystem
mount [-t fstype] [-o options] device mountpoint
: All files accessible in a Unix system are arranged in one big tree. mount attaches the filesystem found on some device to the big file tree.
-t, --types fstype | the filesystem type
-o, --options opts | comma-separated mount options
$ mount -t tmpfs none /mnt | a tmpfs on /mnt

@ umount 8 util-linux
% util-linux 2.38.1 | 2022-08-04
unmount filesystems
umount [options] directory
: The umount command detaches the mentioned file system(s) from the file hierarchy.

@ bash 1 bash
% GNU Bash 5.2 | 2022 September 19 |  | General Commands Manual
GNU Bourne-Again SHell
bash [options] [command_string | file]
: Bash is an sh-compatible command language interpreter that executes commands read from the standard input or from a file.
-c | read commands from the first non-option argument
-l, --login | act as a login shell

@ dash 1 vlab
% BSD | January 19, 2003 |  | BSD General Commands Manual
command interpreter (shell)
dash [-c string] [file [argument ...]]
: dash is the standard command interpreter for the system (/bin/sh on Debian).

@ sh 1 vlab
% BSD | January 19, 2003 | DASH | BSD General Commands Manual
command interpreter (shell)
sh [-c string] [file [argument ...]]
: sh is the standard command interpreter for the system; on Debian it is dash.

@ docker 1 docker
Docker image and container command line interface
docker [OPTIONS] COMMAND [ARG...]
: docker is a client for interacting with the daemon through the CLI.
$ docker run -it alpine sh | a shell in an alpine container

@ ip 8 iproute2
% iproute2 | 20 Dec 2011 |  | Linux
show / manipulate routing, network devices, interfaces and tunnels
ip [ OPTIONS ] OBJECT { COMMAND | help }
: ip shows and changes network devices, addresses and routes.
$ ip addr | the addresses of every interface
`;
