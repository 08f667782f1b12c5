// The other tools' pages of the first set (procps, findutils, grep, sed, editors, pagers, man,
// login, util-linux, shells, ip, docker), in page.ts's format. NAME lines, synopses and
// header/footer fields are the Debian 12 pages' facts; descriptions and option texts are our own
// words, and list only the options vlab's program parses (check its source before adding a row).

export const TOOLS_PAGES_TEXT = `
@ clear 1 coreutils
%  |  | clear | General Commands Manual
clear the terminal screen
clear
: clear wipes the terminal and puts the cursor at the top left; the scrollback is cleared too. Typing ^L at the shell prompt does nearly the same.
$ clear | a clean screen

@ reset 1 coreutils
%  |  | tset | General Commands Manual
terminal initialization
reset [-IQVcqrsw] [-] [-e ch] [-i ch] [-k ch] [-m mapping] [terminal]
: reset puts a terminal back into a usable state after something left it scrambled: binary junk printed by cat, or a full-screen program that died without restoring the screen. It sends the terminal type's reset sequences and turns the line discipline's flags back to sane values (echo, canonical input, signals from ^C and ^Z). Control characters set with stty stay as they are, and reset says so on standard error.
: When typed characters no longer show, type reset and press Enter (or ^J) anyway: the shell still reads the line.
-e ch | use ch as the erase character (^H, ^? or a plain character)
-i ch | use ch as the interrupt character
-k ch | use ch as the line-kill character
-I | do not send the reset sequences, only reset the modes
-Q | do not report the control characters
-q | print the terminal type and change nothing
-r | also print the terminal type on standard error
-s | print a shell command that sets TERM
-V | print the ncurses version
$ cat /bin/true; reset | undo what the binary did to the screen
$ reset -e ^H | take ^H (what some terminals send for Backspace) as erase

@ tput 1 coreutils
%  |  | tput | General Commands Manual
initialize a terminal or query terminfo database
tput [-Ttype] capname [parameters] || tput [-Ttype] [-x] clear || tput [-Ttype] init || tput [-Ttype] reset || tput [-Ttype] longname || tput -S  << || tput -V
: tput looks up what the terminal named by $TERM can do, in its terminfo entry, and prints it, so a script can colour or place text without hard-coding escape sequences. A string capability is printed with its parameters filled in (setaf 1 gives the sequence for red); a number is printed on its own line (cols and lines follow the terminal's real size, or $COLUMNS and $LINES); a boolean prints nothing and answers through the exit status.
: Several capabilities can follow one another, each taking the arguments it has parameters for. The exit status is 0 when all went well, 1 for a boolean that is false or a capability the terminal lacks, 2 for wrong usage, 3 for an unknown terminal and 4 for an unknown capability. vlab has the entries xterm-256color (its terminals) and dumb.
-T type | use terminal type type instead of $TERM
-S | read the capabilities to print from standard input
-x | with clear, leave the scrollback alone
-V | print the ncurses version
$ echo "$(tput setaf 1)red$(tput sgr0) and normal" | red text, then the colours reset
$ tput cup 0 0; tput el | the cursor to the top left, then clear that line
$ tput cols | the terminal's width in columns

@ diff 1 coreutils
% diffutils 3.8 | August 2021
compare files line by line
diff [OPTION]... FILES
: diff shows how two files differ, as the lines to delete from the first and add from the second. The unified format (-u) is the one patches and git use; given two directories, diff compares the files they share.
-u, -U NUM, --unified[=NUM] | unified format, with NUM (default 3) lines of context
-c, -C NUM, --context[=NUM] | context format, with NUM (default 3) lines of context
-q, --brief | only say whether the files differ
-s, --report-identical-files | say so when the files are the same
-y, --side-by-side | the two files in two columns
-W, --width NUM | the line width for -y (default 130)
-r, --recursive | compare directories and their subdirectories
-N, --new-file | treat a file missing on one side as empty
-i, --ignore-case | ignore case differences
-b, --ignore-space-change | count any run of white space as one space
-w, --ignore-all-space | ignore all white space
-B, --ignore-blank-lines | ignore changes that only add or remove blank lines
--label LABEL | the name to print instead of the file name
$ diff -u old.txt new.txt | the changes as a unified diff
$ diff -r dir1 dir2 | compare two directory trees

@ hostname 1 coreutils
% net-tools | 2009-09-16 |  | Linux Programmer's Manual
show or set the system's host name
hostname [NAME]
: hostname prints the host name of the machine, that is of the current UTS namespace, or sets it when given one (root only). The change lasts until reboot; /etc/hostname holds the name set at boot.
-s, --short | the name up to the first dot
-f, --fqdn, --long | the fully qualified name, looked up in /etc/hosts
-d, --domain | the DNS domain part of the fully qualified name
-a, --alias | the aliases from /etc/hosts
-i, --ip-address | the addresses the name resolves to
-I, --all-ip-addresses | every address of every interface that is up
-A, --all-fqdns | the names of all those addresses
-y, --yp, --nis | the NIS domain name
-b, --boot | always set a name (localhost when there is none)
-F, --file FILE | set the name from FILE
$ hostname | the current host name
$ unshare -u sh -c 'hostname box; hostname' | a new name inside a UTS namespace only

@ which 1 coreutils
% Debian | 29 Jun 2016 |  | General Commands Manual
locate a command
which [-a] filename ...
: which searches the directories of PATH for each command name and prints the first executable it finds. It does not know about aliases, functions or builtins; the shell's type or command -v does.
-a | print every match, not only the first
$ which ls | where ls lives

@ xxd 1 coreutils
% Manual page for xxd | August 1996 |  | General Commands Manual
make a hex dump or do the reverse
xxd [options] [infile [outfile]]
: xxd prints a file as hex: the offset, the bytes in groups, and the printable characters. With -r it turns such a dump (or plain hex) back into bytes.
-c COLS | bytes per line (default 16)
-g BYTES | bytes per group (default 2)
-l LEN | stop after LEN bytes
-s OFFSET | start at OFFSET
-u | upper-case hex digits
-p | plain hex, no offsets or text
-i | output a C array
-r | reverse: turn a hex dump back into binary
$ xxd -l 32 /bin/ls | the first 32 bytes of a file
$ echo 68690a | xxd -r -p | hex back to text

@ ps 1 procps
% procps-ng | 2022-05-11
report a snapshot of the current processes
ps [options]
: ps prints a snapshot of processes. It takes three styles of options: Unix ones with a dash (ps -ef), BSD ones without (ps aux: a all users, u user format, x also those without a terminal) and GNU long ones. Without options it shows only the processes of your terminal.
-e, -A | every process
-f | full format: UID, PID, PPID, start time, command line
-l | long format, with state, priority and wait channel
-j | jobs format: process group and session IDs
-H, --forest | draw the process tree
-o, --format FORMAT | your own columns, e.g. -o pid,ppid,stat,cmd
-p, --pid PIDLIST | only these processes
--ppid PIDLIST | only the children of these processes
-u, --user USERLIST | only processes of these users
-C CMDLIST | only processes with these command names
-t TTYLIST | only processes on these terminals
--sort SPEC | sort by these columns, e.g. --sort=-pcpu
--no-headers | leave out the header line
-w | wide output: do not cut long lines
$ ps aux | every process, BSD style
$ ps -ef --forest | every process as a tree
$ ps -o pid,ppid,pgid,sid,stat,cmd | the IDs that job control uses

@ kill 1 procps
% procps-ng | 2021-05-18
send a signal to a process
kill [options] <pid> [...]
: kill sends a signal to processes by PID, SIGTERM unless told otherwise. A program may catch or ignore TERM; SIGKILL (9) cannot be caught. A negative PID means a whole process group.
-s, --signal SIGNAL | the signal to send, by name or number
-SIGNAL | the same, written -9 or -KILL
-l, --list [SIGNAL] | list signal names, or translate one
-L, --table | list signal names with their numbers
$ kill 1234 | ask process 1234 to terminate
$ kill -9 1234 | kill process 1234 with SIGKILL

@ top 1 procps
% procps-ng | September 2022
display Linux processes
top -hv|-bcEeHiOSs1 -d secs -n max -u|U user -p pids
: top shows the busiest processes and a summary of load, tasks, CPU and memory, refreshed every 3 seconds. Press q to quit.
-d SECS | the time between refreshes
-n NUM | stop after NUM refreshes
-b | batch mode: plain text, for pipes and files
-p PIDLIST | watch only these processes
-u USER | only processes of USER (its effective UID)
-U USER | only processes of USER (any of its UIDs)
-o FIELD | sort by FIELD, e.g. %MEM
-c | show full command lines instead of names
-w [COLS] | the output width in batch mode
$ top -b -n 1 | one screen of output, as text
$ top -d 1 | refresh every second

@ watch 1 procps
% procps-ng | 2021-04-24
execute a program periodically, showing output fullscreen
watch [options] command
: watch runs a command again and again, every 2 seconds unless told otherwise, and shows its latest output full screen with a header. Press ^C to stop.
-n, --interval SECS | the time between runs
-d, --differences | highlight what changed since the last run
-t, --no-title | leave out the header
-e, --errexit | stop when the command fails
-g, --chgexit | stop when the output changes
-b, --beep | beep when the command fails
-p, --precise | keep the interval exact, whatever the command's run time
-w, --no-wrap | cut long lines instead of wrapping them
-x, --exec | run the command directly, not through sh -c
$ watch -n 1 cat /sys/fs/cgroup/demo/memory.current | follow a cgroup's memory use
$ watch -d ls -l | see files change

@ free 1 procps
% procps-ng | 2022-06-25
Display amount of free and used memory in the system
free [options]
: free shows how much memory is in use, free and available, and the same for swap, read from /proc/meminfo. The available column is the one to look at: memory that could be handed out without swapping.
-h, --human | sizes with units (Mi, Gi), three digits at most
-b, --bytes | sizes in bytes
-k, --kibi | sizes in KiB (the default)
-m, --mebi | sizes in MiB
-g, --gibi | sizes in GiB
-t, --total | add a line with the totals
-w, --wide | buffers and cache in two columns
-s, --seconds SECS | repeat every SECS seconds
-c, --count NUM | repeat NUM times
$ free -h | memory use in readable units

@ pgrep 1 procps
% procps-ng | 2022-08-31
look up, signal, or wait for processes based on name and other attributes
pgrep [options] pattern
: pgrep prints the PIDs of processes whose name matches a regular expression, and narrows the choice by user, parent, session or terminal. It exits 1 when nothing matches.
-l, --list-name | show each process's name too
-a, --list-full | show each process's full command line
-f, --full | match against the full command line, not only the name
-x, --exact | the name must match exactly
-i, --ignore-case | match case-insensitively
-v, --inverse | the processes that do not match
-c, --count | print how many matched
-n, --newest | only the most recently started
-o, --oldest | only the first started
-d DELIM | put DELIM between PIDs (default a newline)
-u EUID,... | only processes with these effective users
-U UID,... | only processes with these real users
-G GID,... | only processes with these real groups
-P PPID,... | only children of these parents
-g PGRP,... | only processes in these process groups
-s SID,... | only processes in these sessions
-t TERM,... | only processes on these terminals
$ pgrep -l sleep | the PIDs and names of every sleep
$ pgrep -u alice -a | what alice is running

@ pkill 1 procps
% procps-ng | 2022-08-31 | PGREP
signal processes based on name
pkill [options] pattern
: pkill finds processes the way pgrep does and sends each one a signal, SIGTERM unless told otherwise. It takes pgrep's selection options; -f is often needed to match arguments.
-SIGNAL, --signal SIGNAL | the signal to send
-e, --echo | print each process as it is signalled
-f, --full | match against the full command line
-x, --exact | the name must match exactly
-u EUID,... | only processes with these effective users
$ pkill -f 'sleep 100' | signal the one sleep with that argument
$ pkill -9 -u alice | kill everything alice runs

@ uptime 1 procps
% procps-ng | December 2012
Tell how long the system has been running.
uptime [options]
: uptime prints the current time, the time since boot, how many users are logged in and the load averages over 1, 5 and 15 minutes.
-p, --pretty | only the time up, in words
-s, --since | the time the system came up
$ uptime -p | how long it has been up

@ pstree 1 procps
% psmisc | 2021-06-21
display a tree of processes
pstree [-p] [pid]
: pstree draws the running processes as a tree, with init at the root; identical sibling branches are merged as 3*[sleep]. Give a PID to see only that part of the tree.
-p, --show-pids | show PIDs (also stops merging)
-g, --show-pgids | show process group IDs
-a, --arguments | show command-line arguments
-c, --compact-not | do not merge identical subtrees
-n, --numeric-sort | sort siblings by PID, not by name
$ pstree -p | the tree with PIDs
$ pstree -p $$ | this shell and what it runs

@ find 1 findutils
%  |  |  | General Commands Manual
search for files in a directory hierarchy
find [starting-point...] [expression]
: find walks the directory trees given (the current directory if none) and evaluates an expression for every file: tests such as -name or -type, joined by and (implied), -o and !, and actions such as -print, the default, or -exec.
-name PATTERN | the base name matches a shell pattern (quote it)
-iname PATTERN | the same, ignoring case
-path PATTERN | the whole path matches a shell pattern
-type C | the file type is C: f file, d directory, l link, ...
-size [+-]N[ckMG] | the size is N units (more with +, less with -)
-mtime [+-]N | modified N days ago (-mmin: minutes)
-newer FILE | modified more recently than FILE
-user NAME, -group NAME | owned by this user or group
-perm MODE | the permission bits are MODE (-MODE: at least these)
-empty | an empty file or directory
-maxdepth N | go at most N levels below the starting points
-mindepth N | skip the first N levels
-xdev | stay on the starting point's filesystem
-prune | do not descend into this directory
-print0 | print the path and a NUL, for xargs -0
-printf FORMAT | print in your own format (%p path, %s size, ...)
-ls | print like ls -dils
-exec COMMAND {} ; | run COMMAND for each file ({} is its path)
-exec COMMAND {} + | run COMMAND once with many files
-delete | delete the file
$ find /etc -name '*.conf' | every .conf file under /etc
$ find / -xdev -type f -size +10M | large files on the root filesystem

@ xargs 1 findutils
%  |  |  | General Commands Manual
build and execute command lines from standard input
xargs [options] [command [initial-arguments]]
: xargs reads words from standard input and runs a command with them as arguments, as many at a time as fit. It connects commands that print file names to commands that take them.
-0, --null | items end with a NUL (pairs with find -print0)
-d, --delimiter CHAR | items end with CHAR
-a, --arg-file FILE | read items from FILE
-n, --max-args NUM | at most NUM items per command
-L NUM | at most NUM input lines per command
-I STR | run once per line, with STR in the command replaced by it
-r, --no-run-if-empty | do not run the command when there is no input
-t, --verbose | print each command before running it
-E STR | stop reading at a line that is STR
$ find . -name '*.tmp' -print0 | xargs -0 rm | remove every .tmp file
$ ls *.txt | xargs -I{} cp {} {}.bak | a backup of each file

@ grep 1 grep
% GNU grep 3.8 | 2019-12-29
print lines that match patterns
grep [OPTION...] PATTERNS [FILE...]
: grep prints the lines of its files (or standard input) that match a pattern. The pattern is a basic regular expression unless -E, -F or -P says otherwise. Its exit status is 0 when something matched, 1 when nothing did, 2 on error.
-E, --extended-regexp | extended regular expressions (| + ? without backslashes)
-F, --fixed-strings | the patterns are plain strings
-P, --perl-regexp | Perl-style regular expressions
-e, --regexp PATTERN | a pattern (may be given more than once)
-f, --file FILE | read the patterns from FILE
-i, --ignore-case | ignore case
-v, --invert-match | the lines that do not match
-w, --word-regexp | match whole words only
-x, --line-regexp | match whole lines only
-c, --count | print the number of matching lines
-l, --files-with-matches | print only the names of files that match
-L, --files-without-match | print only the names of files that do not
-n, --line-number | put the line number before each line
-H, --with-filename | put the file name before each line
-h, --no-filename | never put the file name before lines
-o, --only-matching | print only the matching part of each line
-q, --quiet | print nothing; the exit status tells
-s, --no-messages | no messages about missing files
-r, --recursive | search directories, file by file
-m, --max-count NUM | stop after NUM matching lines
-A NUM, -B NUM, -C NUM | NUM lines of context after, before, or around
--color[=WHEN] | highlight matches (never, always, auto)
--include GLOB | with -r: only files whose names match GLOB
--exclude GLOB | skip files whose names match GLOB
$ grep -rn TODO src/ | every TODO with its file and line
$ ps aux | grep -v grep | grep sleep | find a process (pgrep is better)

@ sed 1 sed
% GNU sed 4.9 | January 2023
stream editor for filtering and transforming text
sed [OPTION]... {script-only-if-no-other-script} [input-file]...
: sed applies an editing script to each line of its input and prints the result. The command everyone uses is s/old/new/ (g at the end for every match in a line); with -i it changes the file itself.
-n, --quiet | print only what the script prints (with p)
-e, --expression SCRIPT | add SCRIPT (for several commands)
-f, --file FILE | read the script from FILE
-i[SUFFIX], --in-place[=SUFFIX] | edit files in place (keep a backup with SUFFIX)
-E, -r, --regexp-extended | extended regular expressions
-s, --separate | treat files apart, not as one stream
-z, --null-data | lines end with NUL, not newline
$ sed -i 's/foo/bar/g' file | replace every foo with bar in file
$ sed -n '2,4p' file | print lines 2 to 4

@ awk 1 vlab
% Version 1.3.4 | 2019-12-31 | MAWK | USER COMMANDS
pattern scanning and processing language
awk [-F fs] [-v var=value] 'prog' [file ...]
: awk reads its input line by line, splits each line into fields $1, $2, ... (at white space by default) and runs the program's pattern { action } rules on it. On Debian awk is mawk.
-F FS | split fields at FS (a character or regular expression)
-v VAR=VALUE | set VAR before the program starts
-f FILE | read the program from FILE
-W version | print the version
$ awk -F: '{print $1}' /etc/passwd | the user names
$ ps aux | awk '$3 > 10 {print $2}' | PIDs of processes above 10% CPU

@ nano 1 nano
% January 2023 | version 7.2 |  | General Commands Manual
Nano's ANOther editor, inspired by Pico
nano [options] [[+line[,column]] file]...
: nano is a small editor that lists its main shortcuts in the last two lines (^ means Ctrl). ^O saves, ^X quits (asking to save), ^K cuts the line and ^U pastes it, ^W searches and ^C shows where the cursor is.
+LINE[,COLUMN] | start with the cursor on LINE
$ nano /etc/hostname | edit the host name file
$ nano +10 script.sh | open at line 10

@ vi 1 vim
%  | 2021 Jun 13 | VIM | General Commands Manual
Vi IMproved, a programmer's text editor
vi [options] [file ..]
: vi is the standard modal editor; on Debian vi is vim. Keys in normal mode are commands: i, a or o start insert mode and Esc ends it; x deletes a character, dd a line, yy and p copy and paste a line; /text searches. :w saves, :q quits, :wq does both and :q! quits without saving.
$ vi notes.txt | edit notes.txt

@ less 1 less
%  | Version 590: 03 Jun 2021 |  | General Commands Manual
opposite of more
less [options] [file...]
: less shows text one screen at a time and can go backward as well as forward. Space and b page down and up, the arrows move by lines, g and G jump to the start and end, /word searches, n finds the next match, q quits.
-N | show line numbers
-F | quit at once if the text fits on one screen
$ ps aux | less | page through the process list
$ less -N /etc/passwd | a file with line numbers

@ more 1 util-linux
% util-linux 2.38.1 | 2022-08-04
display the contents of a file in a terminal
more [options] file ...
: more shows text one screen at a time, forward only. Space shows the next screen, Enter the next line, q quits; less does more.
$ more /etc/services | read a long file page by page
`;
