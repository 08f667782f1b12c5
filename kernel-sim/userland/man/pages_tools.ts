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

@ man 1 man-db
% 2.11.2 | 2023-01-08 |  | Manual pager utils
an interface to the system reference manuals
man [man options] [[section] page ...] ... || man -k [apropos options] regexp ...
: man shows the manual page of a command: what it does, its options and examples. Pages are grouped in sections (1 commands, 5 file formats, 8 administration); put the section first when a name is in several.
-k, --apropos | search the page names and summaries, as apropos does
-f, --whatis | show the one-line summary, as whatis does
$ man ls | the manual page of ls
$ man -k namespace | pages whose summary mentions namespace

@ apropos 1 man-db
% 2.11.2 | 2023-01-08 |  | Manual pager utils
search the manual page names and descriptions
apropos [-e] keyword ...
: apropos searches the names and one-line summaries of all manual pages for each keyword, and prints every page that matches. Use it when you know what you want to do but not the command's name.
-e, --exact | the keyword must equal a whole page name or word
$ apropos mount | commands that have to do with mounts

@ whatis 1 man-db
% 2.11.2 | 2023-01-08 |  | Manual pager utils
display one-line manual page descriptions
whatis name ...
: whatis prints the one-line summary of each named manual page, with its section.
$ whatis ls unshare | what ls and unshare are for

@ su 1 util-linux
% util-linux 2.38.1 | 2022-05-11
run a command with substitute user and group ID
su [options] [-] [user [argument...]]
: su starts a shell (or runs one command) as another user, root by default, after asking for that user's password. With - you get a login shell: the target's HOME, PATH and profile, as if you had logged in.
-, -l, --login | a login shell with the target user's environment
-c, --command COMMAND | run COMMAND and come back
-s, --shell SHELL | use SHELL instead of the target's login shell
$ su - student | become student, in a fresh login environment
$ su -c 'id' student | run one command as student

@ sudo 8 sudo
% Sudo 1.9.13p3 | January 16, 2023 |  | BSD System Manager's Manual
execute a command as another user
sudo [-u user] [-i | -s] [command [arg ...]]
: sudo runs one command as root (or as the user named with -u), asking for your own password. Who may do what is set in /etc/sudoers; on Debian the members of the sudo group may run anything.
-u, --user USER | run as USER instead of root
-i, --login | start USER's login shell (or run the command in it)
-s, --shell | start the shell in $SHELL as USER
-n, --non-interactive | never ask for a password; fail instead
-S, --stdin | read the password from standard input
-v, --validate | refresh the cached credentials, run nothing
-k, --reset-timestamp | forget the cached credentials
$ sudo apt update | run a command as root
$ sudo -u alice whoami | run a command as alice

@ useradd 8 shadow
% shadow-utils 4.13 | 04/07/2025 |  | System Management Commands
create a new user or update default new user information
useradd [options] LOGIN
: useradd is the low-level tool that adds a user to /etc/passwd, /etc/shadow and /etc/group. It does only what its options say: without -m there is no home directory, and the account has no password until passwd sets one. Debian's adduser is the friendlier wrapper.
-m, --create-home | create the home directory from /etc/skel
-M, --no-create-home | do not create the home directory
-d, --home-dir DIR | the home directory
-b, --base-dir DIR | the directory under which the home is made
-k, --skel DIR | copy the new home from DIR instead of /etc/skel
-s, --shell SHELL | the login shell
-u, --uid UID | the user's UID
-o, --non-unique | allow a UID another user has
-g, --gid GROUP | the primary group, by name or GID
-G, --groups GROUP,... | supplementary groups
-U, --user-group | make a group of the same name (the default)
-N, --no-user-group | do not make a group of the same name
-c, --comment COMMENT | the comment (full name) field
-p, --password HASH | the password, already hashed
-r, --system | a system account, from the system UID range
-D, --defaults | print the defaults for new accounts
--badname | allow names that break the naming rules
$ useradd -m -s /bin/bash alice | a user with a home and bash
$ useradd -m -G sudo bob | a user who may use sudo

@ userdel 8 shadow
% shadow-utils 4.13 | 04/07/2025 |  | System Management Commands
delete a user account and related files
userdel [options] LOGIN
: userdel removes a user account from the account files. The home directory and mail spool stay unless you add -r.
-r, --remove | remove the home directory and mail spool too
-f, --force | remove the account even while the user is logged in
$ userdel -r alice | remove alice and her home

@ usermod 8 shadow
% shadow-utils 4.13 | 04/07/2025 |  | System Management Commands
modify a user account
usermod [options] LOGIN
: usermod changes an existing account: its name, UID, groups, home, shell or lock. Remember -a with -G: without it the user is taken out of every group not listed.
-a, --append | with -G: add these groups to the ones the user has
-G, --groups GROUP,... | set the supplementary groups
-g, --gid GROUP | set the primary group
-s, --shell SHELL | set the login shell
-d, --home DIR | set the home directory
-m, --move-home | with -d: move the old home's contents there
-l, --login NAME | rename the account
-u, --uid UID | set the UID
-o, --non-unique | with -u: allow a UID another user has
-c, --comment COMMENT | set the comment (full name) field
-p, --password HASH | set the password, already hashed
-L, --lock | lock the password (a ! before the hash)
-U, --unlock | unlock the password
-r, --remove | with -G: remove the user from these groups
-b, --badname | allow names that break the naming rules
$ usermod -aG sudo alice | let alice use sudo
$ usermod -s /bin/sh alice | change alice's login shell

@ passwd 1 shadow
% shadow-utils 4.13 | 04/07/2025
change user password
passwd [options] [LOGIN]
: passwd changes a user's password: your own (asking for the old one first), or anyone's when run by root. The hash is stored in /etc/shadow.
-S, --status | show the account's password status
-l, --lock | lock the password
-u, --unlock | unlock the password
-d, --delete | remove the password (allow login without one)
-e, --expire | force a new password at the next login
$ passwd alice | set alice's password (as root)
$ passwd -S alice | is alice's password set, locked or empty?

@ dmesg 1 util-linux
% util-linux 2.38.1 | 2022-05-11
print or control the kernel ring buffer
dmesg [options]
: dmesg prints the kernel's log buffer: boot messages, and later events such as the OOM killer ending a process. Each line starts with the seconds since boot.
-T, --ctime | show wall-clock times instead of seconds since boot
-t, --notime | no time stamps
-r, --raw | print the raw buffer, with the <level> prefixes
$ dmesg | tail | the latest kernel messages
$ dmesg | grep -i oom | what the OOM killer did

@ unshare 1 util-linux
% util-linux 2.38.1 | 2022-05-11
run program in new namespaces
unshare [options] [program [arguments]]
: unshare runs a program (a shell by default) in new namespaces, one for each option given: mount, UTS, IPC, network, PID, user, cgroup or time. A new PID namespace applies to children only, so use --fork with --pid, and --mount-proc so that ps sees the new namespace.
-m, --mount[=FILE] | a new mount namespace
-u, --uts[=FILE] | a new UTS namespace (its own host name)
-i, --ipc[=FILE] | a new IPC namespace
-n, --net[=FILE] | a new network namespace (only lo, down)
-p, --pid[=FILE] | a new PID namespace (use with --fork)
-U, --user[=FILE] | a new user namespace
-C, --cgroup[=FILE] | a new cgroup namespace
-T, --time[=FILE] | a new time namespace
-f, --fork | fork, and run the program in the child
--mount-proc[=DIR] | mount a fresh /proc (implies a mount namespace)
-r, --map-root-user | map your UID and GID to root in the user namespace
-c, --map-current-user | map your UID and GID to themselves
--map-user UID, --map-group GID | map root in the namespace to this UID or GID
--map-users MAP, --map-groups MAP | map ranges: INNER:OUTER:COUNT
--map-auto | map a range from /etc/subuid and /etc/subgid
--setgroups allow|deny | allow or forbid setgroups(2) in the user namespace
--propagation MODE | mount propagation: private (default), slave, shared, unchanged
--kill-child[=SIGNAL] | when unshare dies, send SIGNAL (KILL) to the child
--keep-caps | keep capabilities in the user namespace across exec
-R, --root DIR | chroot to DIR first
-w, --wd DIR | change to DIR first
-S, --setuid UID | run as this UID
-G, --setgid GID | run as this GID
--monotonic SECS, --boottime SECS | clock offsets in the new time namespace
$ unshare -pf --mount-proc bash | a shell that is pid 1
$ unshare -Ur whoami | root in a new user namespace

@ nsenter 1 util-linux
% util-linux 2.38.1 | 2022-05-11
run program in different namespaces
nsenter [options] [program [arguments]]
: nsenter runs a program (a shell by default) inside the namespaces of another process, named with -t PID; each option picks one namespace, and -a picks them all. It is how you get into a running container by hand.
-t, --target PID | the process whose namespaces to enter
-a, --all | enter all of the target's namespaces
-m, --mount[=FILE] | enter the mount namespace
-u, --uts[=FILE] | enter the UTS namespace
-i, --ipc[=FILE] | enter the IPC namespace
-n, --net[=FILE] | enter the network namespace
-p, --pid[=FILE] | enter the PID namespace (the program is forked into it)
-U, --user[=FILE] | enter the user namespace
-C, --cgroup[=FILE] | enter the cgroup namespace
-T, --time[=FILE] | enter the time namespace
-r, --root[=DIR] | use the target's root directory (or DIR)
-w, --wd[=DIR] | use the target's working directory (or DIR)
-W, --wdns DIR | the working directory, inside the namespaces
-S, --setuid UID | run as this UID
-G, --setgid GID | run as this GID
-F, --no-fork | do not fork before running the program
--preserve-credentials | keep your UID and GID when entering a user namespace
$ nsenter -t 1234 -a sh | a shell in all of process 1234's namespaces
$ nsenter -t 1234 -n ip addr | the network as that process sees it

@ lsns 8 util-linux
% util-linux 2.38.1 | 2022-07-20
list namespaces
lsns [options] [namespace]
: lsns lists the namespaces that processes are in: inode number, type, how many processes share it, the lowest PID in it and its command. Processes in the same namespace show the same number in /proc/PID/ns.
-t, --type TYPE | only namespaces of TYPE (mnt, net, pid, uts, ipc, user, cgroup, time)
-p, --task PID | only the namespaces of PID
-o, --output LIST | the columns to show
--output-all | every column
-l, --list | a list, never a tree
-n, --noheadings | leave out the header line
-r, --raw | raw output, no alignment
-J, --json | JSON output
$ lsns | every namespace
$ lsns -t pid | only PID namespaces

@ ipcs 1 util-linux
% util-linux 2.38.1 | 2022-05-11
show information on IPC facilities
ipcs [options]
: ipcs lists the System V IPC objects (message queues, shared memory segments, semaphore arrays) of the current IPC namespace, with their keys, IDs, owners and sizes.
-q, --queues | message queues only
-m, --shmems | shared memory only
-s, --semaphores | semaphores only
-a, --all | all three kinds (the default)
-i, --id ID | details of one object (with -q, -m or -s)
-t, --time | the times of last use and change
-p, --pid | the PIDs that created and last used them
-c, --creator | the creator and owner
-l, --limits | the system limits
-u, --summary | a summary of use
$ ipcs | every IPC object here
$ unshare -i ipcs | none in a new IPC namespace

@ ipcmk 1 util-linux
% util-linux 2.38.1 | 2022-05-11
make various IPC resources
ipcmk [options]
: ipcmk creates a System V IPC object, a shared memory segment, a semaphore array or a message queue, and prints its ID. It is mostly used to see IPC namespaces at work.
-M, --shmem SIZE | make a shared memory segment, SIZE bytes long
-S, --semaphore NUM | a semaphore array of NUM elements
-Q, --queue | a message queue
-p, --mode MODE | the permissions, in octal (default 0644)
$ ipcmk -Q | make a message queue

@ ipcrm 1 util-linux
% util-linux 2.38.1 | 2022-05-11
remove certain IPC resources
ipcrm [options]
: ipcrm removes System V IPC objects by ID or by key.
-q, --queue-id ID | remove the message queue with this ID
-Q, --queue-key KEY | remove the message queue with this key
-m, --shmem-id ID | remove the shared memory segment with this ID
-M, --shmem-key KEY | remove the shared memory segment with this key
-s, --semaphore-id ID | remove the semaphore array with this ID
-S, --semaphore-key KEY | remove the semaphore array with this key
-a, --all[=shm|msg|sem] | remove every object (or every one of a kind)
-v, --verbose | say what is removed
$ ipcrm -a | remove every IPC object

@ mount 8 util-linux
% util-linux 2.38.1 | 2022-08-04
mount a filesystem
mount [-t fstype] [-o options] device mountpoint
: mount attaches a filesystem to a directory, the mount point, so its files appear there; with no arguments it lists what is mounted. Pseudo filesystems (proc, tmpfs, overlay) need no device: give any word, often none, as the source.
-t, --types TYPE | the filesystem type (tmpfs, proc, overlay, ...)
-o, --options OPTS | mount options, separated by commas (ro, size=, lowerdir=, ...)
-B, --bind | make a directory visible at a second place
-R, --rbind | bind a directory with the mounts below it
-M, --move | move a mount to another place
-r, --read-only | mount read-only (same as -o ro)
-w, --rw, --read-write | mount read-write
--make-private, --make-shared, --make-slave | set a mount's propagation type
--make-unbindable | forbid bind mounts of this mount
--make-rprivate, --make-rshared, --make-rslave | the same, for every mount below too
-a, --all | mount what /etc/fstab lists
-f, --fake | do everything but the mount call
-v, --verbose | say what is done
$ mount -t tmpfs none /mnt | a tmpfs on /mnt
$ mount -t overlay overlay -o lowerdir=lower,upperdir=upper,workdir=work merged | an overlay

@ umount 8 util-linux
% util-linux 2.38.1 | 2022-08-04
unmount filesystems
umount [options] directory
: umount detaches a mounted filesystem, named by its mount point (or its source). It fails with "target is busy" while a process uses the filesystem; -l detaches it lazily instead.
-l, --lazy | detach now, clean up when it is no longer used
-R, --recursive | unmount the mounts below too
-f, --force | force the unmount
-a, --all | unmount everything in /proc/self/mountinfo
-q, --quiet | no "not mounted" errors
-v, --verbose | say what is done
--fake | do everything but the umount call
$ umount /mnt | unmount /mnt
$ umount -R /mnt/rootfs | a tree of mounts at once

@ bash 1 bash
% GNU Bash 5.2 | 2022 September 19 |  | General Commands Manual
GNU Bourne-Again SHell
bash [options] [command_string | file]
: bash is the GNU shell: it reads commands from the terminal, a file or a -c string and runs them. An interactive bash reads ~/.bashrc; a login shell reads /etc/profile and ~/.profile first.
-c STRING | run the commands in STRING, then exit
-i | interactive, even when input is not a terminal
-l, --login | behave as a login shell
-s | read commands from standard input
-e, -x, -u, -o OPTION | set shell options at start, as set does
--posix | follow POSIX where bash differs
$ bash -c 'echo $$' | run one command in a new shell
$ bash -x script.sh | run a script, showing each command

@ dash 1 vlab
% BSD | January 19, 2003 |  | BSD General Commands Manual
command interpreter (shell)
dash [-c string] [file [argument ...]]
: dash is a small, fast POSIX shell, and Debian's /bin/sh: scripts with #!/bin/sh run in it. It lacks bash's extras such as [[ ]], arrays and brace expansion.
-c STRING | run the commands in STRING, then exit
-i | interactive, even when input is not a terminal
-s | read commands from standard input
-e, -x, -u, -o OPTION | set shell options at start, as set does
$ dash -c 'echo $0' | show which shell runs

@ sh 1 vlab
% BSD | January 19, 2003 | DASH | BSD General Commands Manual
command interpreter (shell)
sh [-c string] [file [argument ...]]
: sh is the POSIX shell, the interpreter of #!/bin/sh scripts. On Debian /bin/sh is a link to dash, so bash-only syntax ([[ ]], arrays) fails there.
-c STRING | run the commands in STRING, then exit
-i | interactive, even when input is not a terminal
-s | read commands from standard input
-e, -x, -u, -o OPTION | set shell options at start, as set does
$ sh -c 'echo hello' | run one command in a new shell

@ docker 1 docker
Docker image and container command line interface
docker [OPTIONS] COMMAND [ARG...]
: docker is the command-line client of the Docker daemon, dockerd: each command (run, ps, images, exec, stop, ...) is a request to the daemon, which builds containers out of namespaces, cgroups and overlay mounts.
$ docker run -it alpine sh | a shell in an alpine container
$ docker ps | the running containers

@ ip 8 iproute2
% iproute2 | 20 Dec 2011 |  | Linux
show / manipulate routing, network devices, interfaces and tunnels
ip [ OPTIONS ] OBJECT { COMMAND | help }
: ip shows and changes the network configuration of the current network namespace: interfaces (link), their addresses (address), the routing table (route) and named namespaces (netns). Objects and commands may be shortened, as in ip a or ip r.
-br, -brief | one short line per interface
-s, -statistics | add packet counters
-d, -details | add details (link type, bridge settings)
-o, -oneline | one line per record
-j, -json | JSON output
-4, -6 | IPv4 or IPv6 only
-n, -netns NAME | run in network namespace NAME
-c, -color | colored output
$ ip addr | the addresses of every interface
$ ip netns add red && ip -n red link | a new network namespace and its interfaces
$ ip link add veth0 type veth peer name veth1 | a pair of virtual interfaces
`;
