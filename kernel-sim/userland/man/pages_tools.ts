// The other tools' pages of the first set (procps, findutils, grep, sed, editors, pagers, man, login, util-linux, shells, ip, docker), in page.ts's format: short, real pages (NAME, SYNOPSIS, DESCRIPTION, the OPTIONS
// vlab's programs support, EXAMPLES), wording after the Debian 12 pages.

export const TOOLS_PAGES_TEXT = `
@ clear 1 coreutils
%  |  | clear | General Commands Manual
clear the terminal screen
clear
: clear clears your terminal's screen if this is possible.

@ diff 1 coreutils
% diffutils 3.8 | August 2021
compare files line by line
diff [OPTION]... FILES
: Compare FILES line by line.
-u, -U NUM, --unified[=NUM] | output NUM (default 3) lines of unified context
-r, --recursive | recursively compare any subdirectories found
-q, --brief | report only when files differ
$ diff -u old.txt new.txt | the changes as a unified diff

@ hostname 1 coreutils
% net-tools | 2009-09-16 |  | Linux Programmer's Manual
show or set the system's host name
hostname [NAME]
: Hostname is used to display the system's DNS name, and to display or set its hostname.

@ which 1 coreutils
% Debian | 29 Jun 2016 |  | General Commands Manual
locate a command
which [-a] filename ...
: which returns the pathnames of the files (or links) which would be executed in the current environment.
-a | print all matching pathnames of each argument

@ xxd 1 coreutils
% Manual page for xxd | August 1996 |  | General Commands Manual
make a hex dump or do the reverse
xxd [options] [infile [outfile]]
: xxd creates a hex dump of a given file or standard input.

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
