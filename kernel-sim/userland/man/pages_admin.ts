// Pages for the administration tools (users and groups, capabilities, namespaces, network,
// systemd, stress), in page.ts's format. NAME lines, synopses and header/footer fields are the
// Debian 12 pages' facts; descriptions and option texts are our own words, and list only the
// options vlab's program parses (check the program's source before adding a row).

export const ADMIN_PAGES_TEXT = `
@ addgroup 8
% Debian GNU/Linux |  | ADDUSER | System Manager's Manual
add or manipulate users or groups
adduser [--add-extra-groups] [--allow-all-names] [--allow-bad-names] [--comment comment] [--conf file] [--debug] [--disabled-login] [--disabled-password] [--firstgid id] [--firstuid id] [--gid id] [--home dir] [--ingroup group] [--lastgid id] [--lastuid id] [--no-create-home] [--shell shell] ...
: addgroup makes a new group; it is adduser with --group implied. Debian's friendly wrapper picks a free GID for you and writes /etc/group and /etc/gshadow. Run as addgroup USER GROUP it instead puts an existing user into an existing group.
--gid ID | use this GID instead of the next free one
--system | make a system group (GID taken from the low system range)
--quiet, -q | print no progress messages
$ addgroup developers | make a group called developers
$ addgroup alice developers | add the user alice to the group developers

@ adduser 8
% Debian GNU/Linux |  |  | System Manager's Manual
add or manipulate users or groups
adduser [--add-extra-groups] [--allow-all-names] [--allow-bad-names] [--comment comment] [--conf file] [--debug] [--disabled-login] [--disabled-password] [--firstgid id] [--firstuid id] [--gid id] [--home dir] [--ingroup group] [--lastgid id] [--lastuid id] [--no-create-home] [--shell shell] ...
: adduser creates a user account the Debian way: it picks a free UID, makes a group of the same name, creates the home directory from /etc/skel and asks for a password. It is the friendly front end; useradd is the bare tool under it. Given two names, adduser USER GROUP adds an existing user to a group.
--uid ID | give the new user this UID
--gid ID | put the new user in the existing group with this GID
--ingroup GROUP | use GROUP as the primary group instead of a new one
--home DIR | use DIR as the home directory
--shell SHELL | the login shell (default /bin/bash)
--comment COMMENT, --gecos COMMENT | the full-name (GECOS) field; skips the questions
--no-create-home | do not create the home directory
--disabled-password, --disabled-login | do not ask for a password; the account has none
--system | a system account: low UID, /usr/sbin/nologin, no password
--group | make a group (with --system: a group named after the user)
--quiet, -q | print no progress messages
$ adduser --comment "" --disabled-password alice | add alice without any questions
$ adduser alice sudo | let alice use sudo

@ bridge 8
% iproute2 | 1 August 2012 |  | Linux
show / manipulate bridge addresses and devices
bridge [ OPTIONS ] OBJECT { COMMAND | help } || OBJECT := { link | fdb | mdb | vlan | vni | monitor } || OPTIONS := { -V[ersion] | -s[tatistics] | -n[etns] name | -b[atch] filename | -c[olor] | -p[retty] | -j[son] | -o[neline] }
: bridge shows the ports of Linux bridges. vlab implements bridge link: one line per interface that is enslaved to a bridge, with its master, STP state, priority and cost.
$ bridge link | the ports of every bridge
$ bridge link show dev veth0 | one port only

@ capsh 1
% libcap | 2021-10-22
capability shell wrapper
capsh [OPTION]...
: capsh is a small helper from libcap for looking at capabilities. It processes its arguments in order; in vlab only --print is implemented, which shows the current capability sets, securebits and IDs.
--print | show the capability sets, bounding set, securebits and IDs
-h, --help | list the options
$ capsh --print | what capabilities this shell has

@ chpasswd 8
% shadow-utils 4.13 | 04/07/2025 |  | System Management Commands
update passwords in batch mode
chpasswd [options]
: chpasswd sets passwords for many accounts at once. It reads lines of the form user:password from standard input and updates /etc/shadow, hashing each password unless told it is already hashed. Only root may use it.
-c, --crypt-method METHOD | hash with METHOD (SHA512 and the others login.defs knows, or NONE)
-e, --encrypted | the passwords given are already hashed: store them as they are
-s, --sha-rounds ROUNDS | the number of SHA rounds to use when hashing
$ echo 'alice:secret' | chpasswd | set alice's password to secret

@ chsh 1
% shadow-utils 4.13 | 04/07/2025
change login shell
chsh [options] [LOGIN]
: chsh changes the login shell recorded in /etc/passwd. Users may change their own; root may change anyone's. The new shell should be listed in /etc/shells.
-s, --shell SHELL | set the login shell to SHELL (asked for when missing)
$ chsh -s /bin/sh alice | make dash alice's login shell

@ cmp 1
% diffutils 3.8 | August 2021
compare two files byte by byte
cmp [OPTION]... FILE1 [FILE2 [SKIP1 [SKIP2]]]
: cmp compares two files byte by byte and reports the first place they differ, or nothing when they are identical. Its exit status is 0 for same, 1 for different and 2 for trouble, which makes it handy in scripts.
-b, --print-bytes | also print the differing bytes
-i, --ignore-initial=SKIP | skip SKIP bytes at the start of both files
-i, --ignore-initial=SKIP1:SKIP2 | skip SKIP1 bytes of the first file and SKIP2 of the second
-l, --verbose | list every difference: offset and both byte values
-n, --bytes=LIMIT | compare no more than LIMIT bytes
-s, --quiet, --silent | print nothing; only the exit status tells
-v, --version | print the version and exit
$ cmp -s a.bin b.bin && echo same | test two files for equality

@ curl 1
% curl 7.88.1 | February 19 2023 | curl | curl Manual
transfer a URL
curl [options / URLs]
: curl fetches a URL and writes what it gets to standard output. vlab's curl speaks plain HTTP/1.1 (http:// URLs only) to servers running inside the simulated network, such as a container's published port.
-s, --silent | no progress meter or error messages
-S, --show-error | with -s, still print errors
-o, --output FILE | save the body in FILE instead of printing it
-i, --include | print the response headers before the body
-I, --head | send a HEAD request and print only the headers
-L, --location | follow redirects (3xx with a Location header)
-f, --fail | on an HTTP error (4xx, 5xx) print nothing and exit 22
-X, --request METHOD | use METHOD (PUT, DELETE, ...) instead of GET
-d, --data DATA | send DATA as the body of a POST request
-H, --header "NAME: VALUE" | add a request header
-w, --write-out FORMAT | print FORMAT after the transfer, e.g. %{http_code}
-v, --verbose | show the request and response headers as they go
$ curl http://localhost:8080/ | fetch a page from a published port
$ curl -s -o /dev/null -w '%{http_code}\\n' http://10.0.0.2/ | just the status code

@ delgroup 8
% Debian GNU/Linux |  | DELUSER | System Manager's Manual
remove a user or group from the system
deluser [--backup] [--backup-suffix str] [--backup-to dir] [--conf file] [--debug] [--remove-all-files] [--remove-home] [--quiet] [--verbose] user || deluser [--system] [--backup] [--backup-suffix str] [--backup-to dir] [--conf file] [--debug] [--remove-all-files] [--remove-home] [--quiet] ...
: delgroup removes a group; it is deluser with --group implied. Run as delgroup USER GROUP it takes a user out of a group instead and leaves both in place.
--group | remove a group rather than a user
$ delgroup developers | remove the group developers
$ delgroup alice developers | take alice out of developers

@ deluser 8
% Debian GNU/Linux |  |  | System Manager's Manual
remove a user or group from the system
deluser [--backup] [--backup-suffix str] [--backup-to dir] [--conf file] [--debug] [--remove-all-files] [--remove-home] [--quiet] [--verbose] user || deluser [--system] [--backup] [--backup-suffix str] [--backup-to dir] [--conf file] [--debug] [--remove-all-files] [--remove-home] [--quiet] ...
: deluser removes a user account from /etc/passwd, /etc/shadow and the group files. The home directory stays unless you ask for it to go. Run as deluser USER GROUP it only removes the user from that group.
--remove-home | also delete the user's home directory
--group | remove a group rather than a user (as delgroup does)
$ deluser --remove-home alice | remove alice and her home
$ deluser alice sudo | take alice out of the sudo group

@ domainname 1
% net-tools | 2009-09-16 | HOSTNAME | Linux Programmer's Manual
show or set the system's host name domainname - show or set the system's NIS/YP domain name ypdomainname - show or set the system's NIS/YP domain name nisdomainname - show or set the system's NIS/YP domain name dnsdomainname - show the system's DNS domain name
hostname [-a|--alias] [-d|--domain] [-f|--fqdn|--long] [-A|--all-fqdns] [-i|--ip-address] [-I|--all-ip-addresses] [-s|--short] [-y|--yp|--nis] || hostname [-b|--boot] [-F|--file filename] [hostname] || hostname [-h|--help] [-V|--version]
: domainname prints the NIS domain name of the host (in the kernel's UTS namespace, like the host name), or sets it when given a name. With no NIS set up it prints (none).
-F, --file FILE | set the domain name from the first line of FILE
-V, --version | print the version and exit
$ domainname | the current NIS domain name

@ findmnt 8
% util-linux 2.38.1 | 2022-05-11
find a filesystem
findmnt [options] || findmnt [options] device|mountpoint || findmnt [options] [--source] device [--target path|--mountpoint mountpoint]
: findmnt lists mounted filesystems as a tree that shows which mount sits on which. It reads /proc/self/mountinfo, so it shows the mounts of your own mount namespace; give a mount point or device to see only that one.
-l, --list | a flat list instead of a tree
-n, --noheadings | leave out the header line
-o, --output LIST | the columns to show (TARGET,SOURCE,FSTYPE,OPTIONS,PROPAGATION,...)
-t, --types LIST | only these filesystem types (e.g. tmpfs,overlay)
-O, --options LIST | only mounts with these mount options
-R, --submounts | with a mount point: show the mounts below it too
-f, --first-only | stop after the first match
-S, --source SPEC | look the mount up by its source
-T, --target PATH | the mount that holds PATH
-M, --mountpoint PATH | look the mount up by its mount point
-N, --task TID | read the mounts of task TID (its mount namespace)
-D, --df | sizes and usage, as df prints them
-b, --bytes | sizes in bytes, not K/M/G
-J, --json | JSON output
-r, --raw | raw list output, fields escaped
-P, --pairs | KEY="value" pairs
-u, --notruncate | never truncate text in columns
-v, --nofsroot | do not add [/dir] to bind-mounted sources
-s, --fstab | look in /etc/fstab instead
$ findmnt | every mount, as a tree
$ findmnt -t overlay -o TARGET,OPTIONS | the overlay mounts and their layers

@ getconf 1
% 3rd Berkeley Distribution | squeeze |  | Debian GNU/Linux
Query system configuration variables
getconf -a || getconf [-v specification] system_var || getconf [-v specification] path_var pathname
: getconf prints the value of a system limit or configuration value: a sysconf(3) name, or a pathconf(3) name together with a path. With -a it lists them all.
-a | print every known variable and its value
-v SPEC | accepted for the specification name, which is ignored
$ getconf _NPROCESSORS_ONLN | how many CPUs are online
$ getconf PAGESIZE | the memory page size

@ getent 1
% Linux man-pages 6.03 | 2023-01-07 | getent | General Commands Manual
get entries from Name Service Switch libraries
getent [option]... database key...
: getent looks up entries in the system databases (passwd, group, shadow, gshadow, hosts, services, protocols) and prints them in the file's own format. With keys it prints only the matching entries; without, the whole database.
$ getent passwd alice | alice's line from the user database
$ getent group sudo | who is in the sudo group

@ getfattr 1
% Dec 2001 | Extended Attributes |  | File Utilities
get extended attributes of filesystem objects
getfattr [-hRLP] -n name [-e en] pathname... || getfattr [-hRLP] -d [-e en] [-m pattern] pathname...
: getfattr shows the extended attributes of files. By default it lists only names in the user. namespace; use -m - to see all of them (trusted., security. too) and -d to see the values.
-n, --name=NAME | show the value of attribute NAME
-d, --dump | show the values of all matching attributes
-m, --match=PATTERN | only names matching the regular expression (- for all)
-e, --encoding=ENC | print values as text, hex or base64
--only-values | print just the raw values
-h, --no-dereference | act on a symbolic link itself
--absolute-names | keep the leading / in file names
-R, --recursive | descend into directories
-L, --logical | with -R: follow symbolic links
-P, --physical | with -R: do not follow symbolic links
$ getfattr -d -m - upper/dir | every attribute, e.g. an overlay's trusted.overlay.opaque

@ getpcaps 8
%  | 2020-08-29 |  | System Manager's Manual
display process capabilities
getpcaps [optional args] pid...
: getpcaps prints the capability sets of the processes given by PID. It is a quick way to see what a process, for instance one inside a container, may still do.
--verbose | a longer, one-line-per-set layout
--iab | show the inheritable, ambient and bounding sets (IAB tuple)
$ getpcaps $$ | the capabilities of this shell

@ gpasswd 1
% shadow-utils 4.13 | 04/07/2025
administer /etc/group and /etc/gshadow
gpasswd [option] group
: gpasswd manages a group in /etc/group and /etc/gshadow: its members, its password and its access. It is the usual way to add a user to a group or take one out.
-a, --add USER | add USER to the group
-d, --delete USER | remove USER from the group
-M, --members USER,... | replace the member list
-r, --remove-password | clear the group's password
-R, --restrict | allow only members to join with newgrp
$ gpasswd -a alice docker | add alice to the docker group
$ gpasswd -d alice docker | take her out again

@ groupadd 8
% shadow-utils 4.13 | 04/07/2025 |  | System Management Commands
create a new group
groupadd [OPTIONS] NEWGROUP
: groupadd creates a new group in /etc/group and /etc/gshadow. Unless told a GID it takes the next free one from the range in /etc/login.defs.
-g, --gid GID | use this GID
-r, --system | a system group, from the system GID range
-f, --force | succeed quietly when the group exists already
-o, --non-unique | allow a GID another group has
-p, --password PASSWORD | set the group password (an already hashed value)
-U, --users USER,... | the initial members
$ groupadd -g 2000 project | a group with GID 2000

@ groupdel 8
% shadow-utils 4.13 | 04/07/2025 |  | System Management Commands
delete a group
groupdel [options] GROUP
: groupdel deletes a group. It refuses while the group is still some user's primary group, unless forced.
-f, --force | delete even when it is a user's primary group
-R, --root DIR | work on the account files under DIR
-P, --prefix DIR | work on the account files under DIR
$ groupdel project | remove the group project

@ killall 1
% psmisc | 2021-01-11
kill processes by name
killall [-Z, --context pattern] [-e, --exact] [-g, --process-group] [-i, --interactive] [-n, --ns PID] [-o, --older-than TIME] [-q, --quiet] [-r, --regexp] [-s, --signal SIGNAL, -SIGNAL] [-u, --user user] [-v, --verbose] [-w, --wait] [-y, --younger-than TIME] [-I, --ignore-case] [-V, --version] ...
: killall sends a signal to every process whose command name matches one of the names given, SIGTERM unless told otherwise. Unlike kill it needs no PID, so be careful as root.
-s, --signal SIGNAL, -SIGNAL | send SIGNAL instead of SIGTERM
-l, --list | list the signal names
-I, --ignore-case | match names case-insensitively
-q, --quiet | say nothing when no process matched
-v, --verbose | report each process signalled
-w, --wait | wait until every signalled process has died
-V, --version | print the version and exit
$ killall sleep | stop every sleep
$ killall -9 -w stress | kill stress workers and wait for them

@ mountpoint 1
% util-linux 2.38.1 | 2022-05-11
see if a directory or file is a mountpoint
mountpoint [-d|-q] directory|file || mountpoint -x device
: mountpoint tells whether a directory is a mount point, that is whether a filesystem (or a bind mount) is mounted right there. Its exit status is 0 when it is, 32 when not, so it suits scripts.
-q, --quiet | print nothing; use the exit status
-d, --fs-devno | print the major:minor of the filesystem mounted there
-x, --devno | print the major:minor of a block device
--nofollow | do not follow a symbolic link as the last component
$ mountpoint /proc | is /proc mounted?
$ mountpoint -q /mnt || mount -t tmpfs none /mnt | mount only when nothing is there

@ nc 1
% BSD | September 11, 2022 |  | BSD General Commands Manual
nc — arbitrary TCP and UDP connections and listens
nc [-46bCDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl] [-m minttl] [-O length] [-P proxy_username] [-p source_port] [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit] [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]] [destination] [port]
: nc (netcat) opens a TCP or UDP connection, or listens for one, and copies standard input to the socket and the socket to standard output. It is the simplest way to test whether a port is reachable or to serve a few bytes.
-l | listen for an incoming connection instead of connecting
-k | with -l: keep listening after a client leaves
-p PORT | the local port to use
-u | UDP instead of TCP
-U | use a UNIX-domain socket (the address is a path)
-z | only check whether the port accepts a connection; send nothing
-v | say what is happening (connected, succeeded, ...)
-N | shut the socket down for writing at end of input
-d | do not read standard input
-q SECS | after end of input, wait SECS and quit
-w SECS | give up on a connection that stays idle this long
-h | print the usage
$ nc -l -p 8080 | wait for one connection on port 8080
$ nc -zv 10.0.0.2 80 | test whether port 80 answers

@ ping 8
% iputils 20221126 |  |  | iputils
send ICMP ECHO_REQUEST to network hosts
ping [-aAbBdCDefhLnOqrRUvV46] [-c count] [-F flowlabel] [-i interval] [-I interface] [-l preload] [-m mark] [-M pmtudisc_option] [-N nodeinfo_option] [-w deadline] [-W timeout] [-p pattern] [-Q tos] [-s packetsize] [-S sndbuf] [-t ttl] [-T timestamp option] [hop...] {destination}
: ping sends ICMP echo requests to a host and prints each reply with its round-trip time, and a summary at the end. It runs until interrupted with ^C unless given a count.
-c COUNT | stop after COUNT requests
-i SECS | the pause between requests (default 1)
-w DEADLINE | exit after DEADLINE seconds, whatever has been answered
-W SECS | how long to wait for each reply
-s SIZE | the number of data bytes per packet (default 56)
-n | show addresses only, do not look up names
-q | print only the summary
-h | print the usage
-V | print the version and exit
$ ping -c 3 10.0.0.1 | three pings, then the summary

@ pivot_root 8
% util-linux 2.38.1 | 2022-05-11
change the root filesystem
pivot_root new_root put_old
: pivot_root makes new_root the root filesystem of the calling process's mount namespace and moves the old root to put_old, which must be under new_root. Container runtimes do this, in a new mount namespace, before unmounting put_old. new_root must itself be a mount point.
$ mount --bind rootfs rootfs; cd rootfs; mkdir -p old; pivot_root . old | swap the root to rootfs
$ umount -l /old | then drop the old root

@ renice 1
% util-linux 2.38.1 | 2022-05-11
alter priority of running processes
renice [-n] priority [-g|-p|-u] identifier...
: renice changes the nice value of processes that are already running; lower means more CPU. Only root may lower it. The arguments are PIDs unless -g or -u changes how the ones after it are read.
-n, --priority PRIORITY | the new nice value (-20 to 19)
--relative PRIORITY | add PRIORITY to the current nice value
-p, --pid | the IDs that follow are process IDs (the default)
-g, --pgrp | the IDs that follow are process group IDs
-u, --user | the arguments that follow are user names or UIDs
$ renice -n 10 -p 1234 | make process 1234 yield more

@ rev 1
% util-linux 2.38.1 | 2022-05-11
reverse lines characterwise
rev [option] [file...]
: rev prints each line of its files (or standard input) with the characters in reverse order.
$ echo hello | rev | prints olleh

@ setfattr 1
% Dec 2001 | Extended Attributes |  | File Utilities
set extended attributes of filesystem objects
setfattr [-h] -n name [-v value] pathname... || setfattr [-h] -x name pathname... || setfattr [-h] --restore=file
: setfattr sets or removes an extended attribute on files. Names carry their namespace prefix (user., trusted., security.); trusted. needs root.
-n, --name=NAME | the attribute to set
-v, --value=VALUE | its value (text, 0x... hex or 0s... base64)
-x, --remove=NAME | remove attribute NAME
-h, --no-dereference | act on a symbolic link itself
$ setfattr -n user.note -v hello file | attach a note to file

@ setpriv 1
% util-linux 2.38.1 | 2022-05-11
run a program with different Linux privilege settings
setpriv [options] program [arguments]
: setpriv runs a program with changed credentials: other UIDs and GIDs, or other supplementary groups, set just before exec. Unlike su or sudo it asks for nothing and reads no configuration; it is for root to drop privileges in scripts.
-d, --dump | show the current credentials and capabilities
--ruid UID, --euid UID, --reuid UID | set the real, the effective, or both UIDs
--rgid GID, --egid GID, --regid GID | set the real, the effective, or both GIDs
--groups GROUP,... | set the supplementary groups
--clear-groups | drop all supplementary groups
--keep-groups | keep the supplementary groups as they are
--init-groups | take the groups of the new UID from /etc/group
$ setpriv --reuid=1000 --regid=1000 --clear-groups id | run id as UID 1000

@ setsid 1
% util-linux 2.38.1 | 2022-05-11
run a program in a new session
setsid [options] program [arguments]
: setsid runs a program as the leader of a new session, with no controlling terminal. It forks first when the caller already leads a process group, as a shell's job does.
-c, --ctty | make the current terminal the new session's controlling terminal
-f, --fork | always fork
-w, --wait | wait for the program and exit with its status
$ setsid -w ps -o pid,sid,tty,cmd | a process in its own session

@ ss 8
%  |  |  | System Manager's Manual
another utility to investigate sockets
ss [options] [ FILTER ]
: ss lists sockets: by default connected TCP, UDP and UNIX sockets, with their state and both addresses. Most often you want the listening ones, with the programs that own them.
-t, --tcp | TCP sockets
-u, --udp | UDP sockets
-x, --unix | UNIX-domain sockets
-l, --listening | only listening sockets
-a, --all | listening and connected sockets
-n, --numeric | print port numbers, not service names
-p, --processes | show the process that owns each socket
-H, --no-header | leave out the header line
$ ss -tlnp | which programs listen on which TCP ports

@ stress 1
% stress-1.0.7 | 21 Jan 2023 | stress | tool to impose load on and stress test systems
tool to impose load on and stress test a computer system
stress [OPTIONS]
: stress loads the machine on purpose: it forks workers that spin on the CPU, call sync, allocate memory or write to disk. In vlab it is handy for watching cgroup limits bite (cpu.max throttling, memory.max and the OOM killer).
-c, --cpu N | N workers that spin on the CPU
-i, --io N | N workers that call sync() in a loop
-m, --vm N | N workers that allocate and free memory
--vm-bytes B | how much each vm worker allocates (default 256M)
--vm-stride B | touch one byte every B bytes (default 4096)
--vm-hang N | hold the memory N seconds before freeing it
--vm-keep | allocate once and keep the memory
-d, --hdd N | N workers that write and delete files
--hdd-bytes B | how much each hdd worker writes (default 1G)
-t, --timeout N | stop after N seconds
--backoff N | wait N microseconds before starting
-n, --dry-run | show what would be done, do nothing
-q, --quiet | print nothing
-v, --verbose | print more
$ stress --cpu 2 --timeout 10 | two busy CPU workers for ten seconds
$ stress --vm 1 --vm-bytes 200M | one worker holding 200 MB (try it under memory.max)

@ stress-ng 1
%  | 16 March 2023 |  | General Commands Manual
a tool to load and stress a computer system
stress-ng [OPTION [ARG]] ...
: stress-ng is a larger load generator with hundreds of stressors; vlab implements the common ones: CPU, memory (vm) and fork workers, run for a time limit.
-c N, --cpu N | N workers that keep a CPU busy
-m N, --vm N | N workers that map and write memory
--vm-bytes N | how much memory each vm worker maps
-f N, --fork N | N workers that fork children which exit at once
-t N, --timeout T | stop after T seconds
-q, --quiet | print nothing
$ stress-ng --cpu 1 --timeout 5s | one CPU worker for five seconds

@ systemd-cgls 1
% systemd 252 |  |  | systemd-cgls
Recursively show control group contents
systemd-cgls [OPTIONS...] [CGROUP...] || systemd-cgls [OPTIONS...] --unit|--user-unit [UNIT...]
: systemd-cgls prints the cgroup hierarchy under /sys/fs/cgroup as a tree, with the processes in each cgroup. Name a cgroup to see only that subtree.
-a, --all | show empty cgroups too
-l, --full | do not shorten long command lines
$ systemd-cgls | the whole cgroup tree
$ systemd-cgls /system.slice | only system.slice

@ systemd-cgtop 1
% systemd 252 |  |  | systemd-cgtop
Show top control groups by their resource usage
systemd-cgtop [OPTIONS...] [GROUP]
: systemd-cgtop shows cgroups ordered by their resource use (tasks, CPU, memory, I/O), refreshed like top. Press q to leave, or use batch mode for a single report.
-b, --batch | no screen handling: print and go on until the limit
-n, --iterations=N | stop after N refreshes
-1 | a single refresh (same as -n 1)
-d, --delay=SECS | the time between refreshes
--depth=N | how deep to go into the tree
-P | count only user-space processes, not all tasks
$ systemd-cgtop -b -1 | one snapshot of cgroup usage

@ systemd-run 1
% systemd 252 |  |  | systemd-run
Run programs in transient scope units, service units, or path-, socket-, or timer-triggered service units
systemd-run [OPTIONS...] COMMAND [ARGS...] || systemd-run [OPTIONS...] [PATH OPTIONS...] {COMMAND} [ARGS...] || systemd-run [OPTIONS...] [SOCKET OPTIONS...] {COMMAND} [ARGS...]
: systemd-run starts a command in a new transient unit, so it gets a cgroup of its own under a slice. With --scope the command runs in the foreground in that cgroup; -p sets resource limits such as MemoryMax= or CPUQuota=.
--scope | run the command here, in a new scope unit, not as a service
-u, --unit=NAME | the unit's name instead of a generated one
-p, --property=NAME=VALUE | set a property, e.g. MemoryMax=100M or CPUQuota=50%
--slice=SLICE | put the unit under SLICE (default system.slice)
--wait | wait for the service to finish
-q, --quiet | no "Running as unit" message
$ systemd-run --scope -p MemoryMax=50M stress --vm 1 --vm-bytes 100M | watch the OOM killer act
$ systemd-run --scope -p CPUQuota=20% stress --cpu 1 | throttle a busy loop

@ pidof 8
% sysvinit | 01 Sep 1998 |  | Linux System Administrator's Manual
find the process ID of a running program
pidof [-s] [-c] [-n] [-x] [-z] [-o omitpid[,omitpid...]]  [-o omitpid[,omitpid...]...]  [-d sep] program [program...]
: pidof prints the PIDs of the running processes with the given program names, on one line. It exits 1 when none is found.
-s | print a single PID only
-x | also match shells running a script of that name
-o PID | leave out PID (%PPID means pidof's parent)
$ pidof sleep | the PIDs of every sleep

@ pwdx 1
% procps-ng | 2020-06-04
report current working directory of a process
pwdx [options] pid [...]
: pwdx prints the current working directory of each process given, read from its /proc/PID/cwd link.
$ pwdx $$ | this shell's directory

@ sysctl 8
% procps-ng | 2021-03-29
configure kernel parameters at runtime
sysctl [options] [variable[=value]] [...] || sysctl -p [file or regexp] [...]
: sysctl reads and sets kernel parameters, the files under /proc/sys, using dots for slashes: kernel.hostname is /proc/sys/kernel/hostname. Changes last until the next boot.
-a, --all | show every parameter
-n, --values | print only the values
-N, --names | print only the names
-w, --write | set NAME=VALUE
-q, --quiet | do not echo the values that were set
-e, --ignore | ignore unknown names
$ sysctl kernel.pid_max | read one parameter
$ sysctl -w net.ipv4.ip_forward=1 | turn on routing

@ column 1
% util-linux 2.38.1 | 2022-08-04
columnate lists
column [options] [file ...]
: column arranges its input into columns. Its most used form is -t, which lines up whitespace-separated (or -s separated) fields into a table.
-t, --table | make a table with aligned columns
-s, --separator CHARS | the characters that separate input fields
-o, --output-separator STRING | what goes between table columns (default two spaces)
-c, --output-width WIDTH | the width to fill (default the terminal's)
-x, --fillrows | fill rows first, then columns
$ mount | column -t | mount's output as an aligned table
$ column -t -s: /etc/passwd | the user database as a table
`;
