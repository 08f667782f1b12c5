// The GNU coreutils pages of the first set (files, text, the system), in page.ts's format: short
// pages (NAME, SYNOPSIS, DESCRIPTION, the OPTIONS vlab's programs parse, EXAMPLES). The facts (NAME
// line, synopsis, header and footer) are Debian 12's; the prose is our own, written for a learner.

export const COREUTILS_PAGES_TEXT = `
@ basename 1 coreutils
% GNU coreutils 9.1 | September 2022
strip directory and suffix from filenames
basename NAME [SUFFIX] || basename OPTION... NAME...
: Prints the last part of a path: everything up to the final slash is dropped. Give a SUFFIX (or -s) and that ending is cut off too. Only the text is looked at; the file need not exist.
-a, --multiple | take every argument as a NAME, one result per line
-s, --suffix=SUFFIX | cut SUFFIX from the end of each NAME (turns on -a)
-z, --zero | end each result with a NUL byte instead of a newline
$ basename /usr/bin/sort | prints "sort"
$ basename -s .txt notes.txt todo.txt | prints "notes" and "todo"

@ cat 1 coreutils
% GNU coreutils 9.1 | September 2022
concatenate files and print on the standard output
cat [OPTION]... [FILE]...
: Reads the files in order and writes their bytes to standard output, so one file is shown and several are joined. A FILE of - (or no FILE at all) means standard input.
-A, --show-all | show everything hidden: the same as -vET
-b, --number-nonblank | number only the lines that are not empty
-E, --show-ends | mark the end of each line with $
-n, --number | put a line number in front of every line
-s, --squeeze-blank | print a run of empty lines as a single one
-T, --show-tabs | show each tab as ^I
-v, --show-nonprinting | show control bytes as ^X and high bytes as M-X
$ cat -n /etc/hostname | the file with its lines numbered
$ cat part1 part2 > whole | join two files into a third

@ chgrp 1 coreutils
% GNU coreutils 9.1 | September 2022
change group ownership
chgrp [OPTION]... GROUP FILE...
: Sets the group that owns each FILE; GROUP is a name or a number. A user who is not root may only pick one of their own groups, and only for files they own.
-c, --changes | report only the files whose group really changed
-f, --silent, --quiet | do not complain about files that cannot be changed
-h, --no-dereference | change a symbolic link itself, not what it points to
-R, --recursive | descend into directories and change everything inside
-v, --verbose | report every file looked at
--reference=RFILE | use the group of RFILE instead of naming one
$ chgrp staff report.txt | give report.txt to the group "staff"
$ chgrp -R www-data /srv/site | a whole tree at once

@ chmod 1 coreutils
% GNU coreutils 9.1 | September 2022
change file mode bits
chmod [OPTION]... MODE[,MODE]... FILE... || chmod [OPTION]... OCTAL-MODE FILE...
: Changes who may read, write and run each FILE. A MODE is either octal (755: owner rwx, group and others r-x) or symbolic: who (u, g, o, a), an operator (+ adds, - removes, = sets exactly) and the permissions (r, w, x, s, t). Only the owner or root may change a file's mode.
-c, --changes | report only the files whose mode really changed
-f, --silent, --quiet | do not complain about files that cannot be changed
-R, --recursive | descend into directories and change everything inside
-v, --verbose | report every file looked at
--reference=RFILE | copy the mode of RFILE
--preserve-root | refuse to work recursively on /
$ chmod 755 script.sh | rwx for the owner, r-x for everyone else
$ chmod u+x,go-w file | let the owner run it, take write away from the rest

@ chown 1 coreutils
% GNU coreutils 9.1 | September 2022
change file owner and group
chown [OPTION]... [OWNER][:[GROUP]] FILE...
: Sets the user (and, after a colon, the group) that owns each FILE. "user:" also sets the group to that user's login group, and ":group" changes only the group. Changing the owner needs root.
-c, --changes | report only the files whose owner really changed
-f, --silent, --quiet | do not complain about files that cannot be changed
-h, --no-dereference | change a symbolic link itself, not what it points to
-R, --recursive | descend into directories and change everything inside
-v, --verbose | report every file looked at
--from=CURRENT_OWNER:CURRENT_GROUP | change only files that now have this owner and group
--reference=RFILE | copy the owner and group of RFILE
$ chown alice:staff notes.txt | owner alice, group staff
$ chown -R alice /home/alice | hand a whole home directory to alice

@ comm 1 coreutils
% GNU coreutils 9.1 | September 2022
compare two sorted files line by line
comm [OPTION]... FILE1 FILE2
: Reads two sorted files side by side and prints three columns: lines only in FILE1, lines only in FILE2, and lines in both. The numbered options hide columns. Sort both files first, or the answer is wrong.
-1 | hide the lines found only in FILE1
-2 | hide the lines found only in FILE2
-3 | hide the lines found in both files
--check-order | fail if an input is not sorted
--nocheck-order | never check whether the input is sorted
--output-delimiter=STR | separate the columns with STR instead of a tab
--total | print a final line with the count of each column
-z, --zero-terminated | lines end with NUL, not newline
$ comm -12 a.txt b.txt | only the lines both files share
$ comm -23 old.sorted new.sorted | lines that are in the old list only

@ cp 1 coreutils
% GNU coreutils 9.1 | September 2022
copy files and directories
cp [OPTION]... SOURCE DEST || cp [OPTION]... SOURCE... DIRECTORY
: Copies SOURCE to DEST, or copies several sources into an existing DIRECTORY. Directories are copied only with -r (or -a). An existing destination file is overwritten without asking unless -i or -n is given.
-a, --archive | copy a tree exactly: recursive, links as links, keep all attributes
-f, --force | if a destination cannot be opened, remove it and try again
-i, --interactive | ask before overwriting a file
-l, --link | make hard links instead of copying
-L, --dereference | copy what symbolic links point to
-n, --no-clobber | never overwrite an existing file
-P, --no-dereference | copy symbolic links as links
-p | keep mode, owner and timestamps
--preserve[=ATTR_LIST] | keep the listed attributes (mode, ownership, timestamps, links, all)
-r, -R, --recursive | copy directories and everything in them
-s, --symbolic-link | make symbolic links instead of copying
-t, --target-directory=DIRECTORY | copy all SOURCE arguments into DIRECTORY
-T, --no-target-directory | treat DEST as a file name, even if it is a directory
-u, --update | copy only when the source is newer than the destination
-v, --verbose | print each file as it is copied
-x, --one-file-system | do not cross into other mounted file systems
--parents | recreate the source's directory path under DIRECTORY
$ cp -r src/ backup/ | copy a directory tree
$ cp -a /etc/skel/. ~/ | copy everything, hidden files too, keeping modes

@ cut 1 coreutils
% GNU coreutils 9.1 | September 2022
remove sections from each line of files
cut OPTION... [FILE]...
: Prints only chosen pieces of each input line: bytes (-b), characters (-c) or fields (-f). A LIST is numbers and ranges separated by commas, such as 1,3 or 2-4 or 5-. Fields are split on tabs unless -d names another single character.
-b, --bytes=LIST | keep only these byte positions
-c, --characters=LIST | keep only these character positions
-d, --delimiter=DELIM | split fields at DELIM instead of at tabs
-f, --fields=LIST | keep only these fields
-s, --only-delimited | skip lines that contain no delimiter at all
--complement | keep everything except what LIST selects
--output-delimiter=STRING | join the kept fields with STRING
-z, --zero-terminated | lines end with NUL, not newline
$ cut -d: -f1 /etc/passwd | list the user names
$ cut -d: -f1,7 /etc/passwd | each user and their login shell

@ date 1 coreutils
% GNU coreutils 9.1 | September 2022
print or set the system date and time
date [OPTION]... [+FORMAT]
: Prints the current date and time, or another moment given with -d. An argument starting with + is a format: %Y %m %d %H %M %S are year, month, day, hour, minute, second, and %s is seconds since 1970. Setting the clock (-s) needs root.
-d, --date=STRING | show the moment STRING describes instead of now
-f, --file=DATEFILE | like -d, once for each line of DATEFILE
-I[FMT], --iso-8601[=FMT] | ISO 8601 output; FMT is date, hours, minutes, seconds or ns
-r, --reference=FILE | show the time FILE was last modified
-R, --rfc-email | output in the style of mail headers (RFC 5322)
--rfc-3339=FMT | RFC 3339 output; FMT is date, seconds or ns
-s, --set=STRING | set the system clock to STRING
-u, --utc, --universal | work in UTC rather than local time
$ date +%Y-%m-%d | today's date, as 2024-01-31
$ date -u -d @0 | the start of Unix time, shown in UTC

@ df 1 coreutils
% GNU coreutils 9.1 | September 2022
report file system space usage
df [OPTION]... [FILE]...
: Shows the size, used and free space of each mounted file system, or only of the ones holding the FILEs named. Sizes are in 1K blocks unless -h or -B says otherwise.
-a, --all | include pseudo, duplicate and empty file systems
-B, --block-size=SIZE | count in units of SIZE (K, M, G...)
-h, --human-readable | sizes in powers of 1024, as 1.5G
-H, --si | sizes in powers of 1000
-i, --inodes | show inode use instead of block use
-k | the same as --block-size=1K
-l, --local | only local file systems
--output[=FIELD_LIST] | choose the columns (source, fstype, size, used, avail, target...)
-P, --portability | the POSIX output format
-t, --type=TYPE | only file systems of type TYPE
-T, --print-type | add a column with each file system's type
-x, --exclude-type=TYPE | leave out file systems of type TYPE
--total | add a line with the grand totals
$ df -hT | all file systems, sizes in K/M/G, with their types
$ df -h . | the file system the current directory is on

@ dirname 1 coreutils
% GNU coreutils 9.1 | September 2022
strip last component from file name
dirname [OPTION] NAME...
: Prints the directory part of each path: the last component and the slashes around it are dropped. A name with no slash gives ".". Only the text is looked at.
-z, --zero | end each result with a NUL byte instead of a newline
$ dirname /usr/bin/ | prints "/usr"
$ cd "$(dirname "$0")" | in a script: go to the script's own directory

@ du 1 coreutils
% GNU coreutils 9.1 | September 2022
estimate file space usage
du [OPTION]... [FILE]...
: Adds up the disk space used by each FILE, walking down into directories and printing a line for every directory on the way. Without -h the numbers are 1K blocks.
-a, --all | print a line for files too, not only directories
--apparent-size | count file lengths rather than blocks used
-b, --bytes | apparent sizes in bytes
-c, --total | add a grand total at the end
-d, --max-depth=N | print lines only N levels below each argument
-h, --human-readable | sizes as 1K, 234M, 2G
-k | count in 1K blocks; -m counts in 1M blocks
-L, --dereference | follow every symbolic link
-s, --summarize | one line per argument: its total
-x, --one-file-system | do not cross into other mounted file systems
$ du -sh /var | the total size of /var
$ du -h -d 1 /usr | size of each directory directly under /usr

@ echo 1 coreutils
% GNU coreutils 9.1 | September 2022
display a line of text
echo [SHORT-OPTION]... [STRING]...
: Writes its arguments, separated by single spaces, followed by a newline. The shells have a builtin echo of their own, so this program runs only as /usr/bin/echo or through env.
-n | leave out the final newline
-e | understand escapes such as \\n (newline), \\t (tab) and \\\\ (backslash)
-E | print backslashes as they are (the default)
$ echo -e 'a\\tb' | prints a and b separated by a tab
$ echo -n "no newline" | the prompt comes back on the same line

@ env 1 coreutils
% GNU coreutils 9.1 | September 2022
run a program in a modified environment
env [OPTION]... [-] [NAME=VALUE]... [COMMAND [ARG]...]
: Runs COMMAND with extra or changed environment variables given as NAME=VALUE, without touching the shell's own. With no COMMAND it prints the environment, one NAME=VALUE per line. Scripts use "#!/usr/bin/env prog" to find prog on PATH.
-i, --ignore-environment | start from an empty environment
-u, --unset=NAME | remove NAME from the environment
-C, --chdir=DIR | change to directory DIR before running COMMAND
-S, --split-string=S | split S into several arguments (for #! lines)
-0, --null | end each printed variable with NUL, not newline
-v, --debug | describe each step on standard error
$ env -i PATH=/bin sh | a shell with an almost empty environment
$ env LANG=C sort file | run one command with another locale

@ expr 1 coreutils
% GNU coreutils 9.1 | September 2022
evaluate expressions
expr EXPRESSION
: Works out an expression given as separate arguments and prints the result: integer arithmetic (+ - * / %), comparisons (= != < > and so on), and the string operators length, substr, index and match. Each operator must be its own argument, and shell characters such as * need quoting. The exit status is 1 when the result is 0 or empty.
$ expr 2 + 3 | prints 5
$ expr length "hello" | prints 5

@ false 1 coreutils
% GNU coreutils 9.1 | September 2022
do nothing, unsuccessfully
false
: Does nothing and exits with status 1. Handy where a command that always fails is needed, as in "while false" or to test an error path.

@ fold 1 coreutils
% GNU coreutils 9.1 | September 2022
wrap each input line to fit in specified width
fold [OPTION]... [FILE]...
: Breaks every input line that is longer than the width (80 columns unless -w says otherwise) into several lines. Without -s a break may fall in the middle of a word.
-b, --bytes | measure width in bytes, so tabs and backspaces count as one
-s, --spaces | break after a blank when there is one
-w, --width=WIDTH | lines at most WIDTH columns long
$ fold -s -w 40 README | rewrap a text to 40 columns at word boundaries

@ groups 1 coreutils
% GNU coreutils 9.1 | September 2022
print the groups a user is in
groups [OPTION]... [USERNAME]...
: Lists the names of the groups a user belongs to. Without a USERNAME it shows the groups of the running process, so a group just added with usermod shows up only after logging in again.
$ groups | your own groups
$ groups alice | the groups /etc/group gives alice

@ head 1 coreutils
% GNU coreutils 9.1 | September 2022
output the first part of files
head [OPTION]... [FILE]...
: Prints the start of each FILE: the first 10 lines unless told otherwise. With several files each part gets a "==> name <==" title.
-c, --bytes=[-]NUM | the first NUM bytes; with a leading -, all but the last NUM
-n, --lines=[-]NUM | the first NUM lines; with a leading -, all but the last NUM
-q, --quiet, --silent | never print the file name titles
-v, --verbose | always print the file name titles
-z, --zero-terminated | lines end with NUL, not newline
$ head -n 3 /etc/passwd | the first three lines
$ ps aux | head -5 | the title line and the first few processes

@ id 1 coreutils
% GNU coreutils 9.1 | September 2022
print real and effective user and group IDs
id [OPTION]... [USER]...
: Shows the user ID, the primary group and the supplementary groups, as numbers with names. Without USER it describes the running process; with one it describes that account. Inside a user namespace the IDs are the ones mapped there.
-g, --group | only the effective group ID
-G, --groups | all group IDs
-n, --name | names instead of numbers (with -u, -g or -G)
-r, --real | the real ID instead of the effective one (with -u, -g or -G)
-u, --user | only the effective user ID
-z, --zero | separate entries with NUL, not spaces
$ id -un | the current user's name
$ id alice | alice's uid, gid and groups

@ ln 1 coreutils
% GNU coreutils 9.1 | September 2022
make links between files
ln [OPTION]... [-T] TARGET LINK_NAME || ln [OPTION]... TARGET... DIRECTORY
: Makes a new name for an existing file. By default it is a hard link (a second name for the same inode, on the same file system); with -s it is a symbolic link, a small file holding the TARGET path. A relative symlink TARGET is resolved from the link's directory, not from where ln ran.
-f, --force | remove a file already at LINK_NAME
-i, --interactive | ask before removing an existing file
-L, --logical | if TARGET is a symlink, link to what it points to
-n, --no-dereference | treat a LINK_NAME that is a symlink to a directory as a file
-P, --physical | link to a symlink itself (the default)
-r, --relative | make a symlink's TARGET relative to the link
-s, --symbolic | make a symbolic link instead of a hard link
-t, --target-directory=DIRECTORY | make the links inside DIRECTORY
-T, --no-target-directory | treat LINK_NAME always as a file name
-v, --verbose | print the name of each link made
$ ln -s /usr/bin/python3 ~/bin/python | a symbolic link
$ ln notes.txt notes-hardlink | a second name for the same file

@ ls 1 coreutils
% GNU coreutils 9.1 | September 2022
list directory contents
ls [OPTION]... [FILE]...
: Lists the files in each directory named (the current one by default), sorted by name. Names starting with a dot are hidden unless -a or -A is given. With -l each line shows type and permissions, link count, owner, group, size, time and name.
-a, --all | include names starting with a dot, and . and ..
-A, --almost-all | include names starting with a dot, but not . and ..
-d, --directory | show a directory itself, not what is in it
-F, --classify | add / after directories, * after programs, @ after symlinks
-h, --human-readable | with -l, sizes as 1K, 234M, 2G
-i, --inode | show each file's inode number
-l | the long format, one file per line
-n, --numeric-uid-gid | like -l, but with numeric user and group IDs
-r, --reverse | reverse the sort order
-R, --recursive | list subdirectories too, all the way down
-S | sort by size, biggest first
-t | sort by modification time, newest first
-1 | one name per line
--color[=WHEN] | colour the names: always, auto or never
--full-time | like -l, with the complete date and time
$ ls -la /etc | everything in /etc, in the long format
$ ls -lhS | largest files first, sizes in K/M/G

@ md5sum 1 coreutils
% GNU coreutils 9.1 | September 2022
compute and check MD5 message digest
md5sum [OPTION]... [FILE]...
: Prints a 128-bit MD5 fingerprint of each FILE, followed by its name; any change to the file changes the sum. With -c it reads such lines back and reports whether each file still matches. MD5 is fine for spotting accidents but not safe against tampering: prefer sha256sum.
-b, --binary | read in binary mode (marks the name with *)
-c, --check | check the sums listed in the FILEs
--tag | write lines in the BSD style: MD5 (file) = sum
-t, --text | read in text mode (the default)
-z, --zero | end each line with NUL and do not escape names
--ignore-missing | with -c, skip files that do not exist
--quiet | with -c, do not print OK for each good file
--status | with -c, print nothing; the exit status tells
--strict | with -c, fail on badly formatted lines
-w, --warn | with -c, warn about badly formatted lines
$ md5sum file.iso > file.md5 | save the sum
$ md5sum -c file.md5 | later: check that the file is unchanged

@ mkdir 1 coreutils
% GNU coreutils 9.1 | September 2022
make directories
mkdir [OPTION]... DIRECTORY...
: Creates each DIRECTORY. It fails if the name exists or its parent is missing, unless -p is given. New directories get mode 777 minus the umask unless -m says otherwise.
-m, --mode=MODE | give the new directory this mode (octal or symbolic, as chmod)
-p, --parents | create missing parents too, and accept existing directories
-v, --verbose | say which directories were created
$ mkdir -p a/b/c | make a, a/b and a/b/c
$ mkdir -m 700 private | a directory only its owner can enter

@ mktemp 1 coreutils
% GNU coreutils 9.1 | September 2022
create a temporary file or directory
mktemp [OPTION]... [TEMPLATE]
: Creates a new file (or with -d a directory) with a unique random name and prints that name, so scripts can use it safely. A TEMPLATE ends in at least three X characters that become random letters; the default is tmp.XXXXXXXXXX under $TMPDIR or /tmp. The new file is readable only by its owner.
-d, --directory | make a directory, not a file
-p, --tmpdir[=DIR] | put the TEMPLATE in DIR ($TMPDIR or /tmp if omitted)
-q, --quiet | do not print an error when creation fails
--suffix=SUFF | add SUFF after the random part of the name
-t | put the TEMPLATE in $TMPDIR or /tmp (an older form of -p)
-u, --dry-run | only print a name, create nothing (unsafe)
$ tmp=$(mktemp) | a fresh empty file; its name is in $tmp
$ mktemp -d | a fresh private directory

@ mv 1 coreutils
% GNU coreutils 9.1 | September 2022
move (rename) files
mv [OPTION]... SOURCE DEST || mv [OPTION]... SOURCE... DIRECTORY
: Renames SOURCE to DEST, or moves several files into an existing DIRECTORY. Within one file system this only changes names; across file systems the data is copied and the original removed. An existing DEST is replaced without asking unless -i or -n is given.
-b | keep a backup of each file that would be replaced
-f, --force | never ask before replacing
-i, --interactive | ask before replacing a file
-n, --no-clobber | never replace an existing file
-S, --suffix=SUFFIX | end backup names with SUFFIX instead of ~
-t, --target-directory=DIRECTORY | move all SOURCE arguments into DIRECTORY
-T, --no-target-directory | treat DEST as a file name, even if it is a directory
-u, --update | move only when the source is newer than the destination
-v, --verbose | print each move
$ mv draft.txt final.txt | rename a file
$ mv *.log old/ | move files into a directory

@ nl 1 coreutils
% GNU coreutils 9.1 | September 2022
number lines of files
nl [OPTION]... [FILE]...
: Copies the input to standard output with a line number in front of each line. By default empty lines get no number; -b a numbers them all.
-b, --body-numbering=STYLE | which lines get a number: a (all), t (non-empty), n (none)
-i, --line-increment=NUMBER | add NUMBER to the count for each line
-n, --number-format=FORMAT | ln (left), rn (right), rz (right, with zeros)
-s, --number-separator=STRING | put STRING between the number and the line
-v, --starting-line-number=NUMBER | start counting at NUMBER
-w, --number-width=NUMBER | make numbers NUMBER columns wide
$ nl -b a script.sh | number every line, empty ones too
`;
