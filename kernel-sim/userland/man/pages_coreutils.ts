// The GNU coreutils pages of the first set (files, text, the system), in page.ts's format: short, real pages (NAME, SYNOPSIS, DESCRIPTION, the OPTIONS
// vlab's programs support, EXAMPLES), wording after the Debian 12 pages.

export const COREUTILS_PAGES_TEXT = `
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

@ whoami 1 coreutils
% GNU coreutils 9.1 | September 2022
print effective user name
whoami [OPTION]...
: Print the user name associated with the current effective user ID.

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
`;
