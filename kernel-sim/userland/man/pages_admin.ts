// Pages for the administration tools (users and groups, capabilities, namespaces, network,
// systemd, stress), in page.ts's format, drafted from the Debian 12 pages: NAME, SYNOPSIS, the
// first DESCRIPTION paragraph and the first sentence of each option vlab implements.

export const ADMIN_PAGES_TEXT = `
@ addgroup 8
% Debian GNU/Linux |  | ADDUSER | System Manager's Manual
add or manipulate users or groups
adduser [--add-extra-groups] [--allow-all-names] [--allow-bad-names] [--comment comment] [--conf file] [--debug] [--disabled-login] [--disabled-password] [--firstgid id] [--firstuid id] [--gid id] [--home dir] [--ingroup group] [--lastgid id] [--lastuid id] [--no-create-home] [--shell shell] ...
: adduser and addgroup add users and groups to the system according to command line options and configuration information in /etc/adduser.conf. They are friendlier front ends to the low level tools like useradd, groupadd and usermod programs, by default choosing Debian policy conformant UID and GID values, creating a home directory with skeletal configuration, running a custom script, and other features.
--add-extra-groups | Add new user to extra groups defined in the configuration files' EXTRA_GROUPS setting
--allow-all-names | Allow any user- and groupname which is supported by the underlying useradd(8), including names containing non-ASCII characters
--allow-bad-names | Disable NAME_REGEX and SYS_NAME_REGEX check of names
--comment comment | Set the comment field for the new entry generated
--conf file | Use file instead of /etc/adduser.conf
--debug | Activate debugging code
--disabled-password | Do not run passwd(1) to set a password
--lastgid ID | Override the first UID / last UID / first GID / last GID in the range that the uid is chosen from (FIRST_UID, LAST_UID, FIRST_GID and LAST_GID, FIRST_SYSTEM_UID, LAST_SYSTEM_UID, FIRST_SYSTEM_GID and LAST_SYSTEM_GID in the configuration file)
--gid ID | When creating a group, this option sets the group ID number of the new group to GID
--group | Using this option in adduser --system indicates that the new user should get an identically named group as its primary group
--home dir | Use dir as the user's home directory, rather than the default specified by the configuration file (or /nonexistent if adduser --system is used)
--ingroup GROUP | When creating a user, this option sets the primary group ID number of the new user to the GID of the named group

@ adduser 8
% Debian GNU/Linux |  |  | System Manager's Manual
add or manipulate users or groups
adduser [--add-extra-groups] [--allow-all-names] [--allow-bad-names] [--comment comment] [--conf file] [--debug] [--disabled-login] [--disabled-password] [--firstgid id] [--firstuid id] [--gid id] [--home dir] [--ingroup group] [--lastgid id] [--lastuid id] [--no-create-home] [--shell shell] ...
: adduser and addgroup add users and groups to the system according to command line options and configuration information in /etc/adduser.conf. They are friendlier front ends to the low level tools like useradd, groupadd and usermod programs, by default choosing Debian policy conformant UID and GID values, creating a home directory with skeletal configuration, running a custom script, and other features.
--add-extra-groups | Add new user to extra groups defined in the configuration files' EXTRA_GROUPS setting
--allow-all-names | Allow any user- and groupname which is supported by the underlying useradd(8), including names containing non-ASCII characters
--allow-bad-names | Disable NAME_REGEX and SYS_NAME_REGEX check of names
--comment comment | Set the comment field for the new entry generated
--conf file | Use file instead of /etc/adduser.conf
--debug | Activate debugging code
--disabled-password | Do not run passwd(1) to set a password
--lastgid ID | Override the first UID / last UID / first GID / last GID in the range that the uid is chosen from (FIRST_UID, LAST_UID, FIRST_GID and LAST_GID, FIRST_SYSTEM_UID, LAST_SYSTEM_UID, FIRST_SYSTEM_GID and LAST_SYSTEM_GID in the configuration file)
--gid ID | When creating a group, this option sets the group ID number of the new group to GID
--group | Using this option in adduser --system indicates that the new user should get an identically named group as its primary group
--home dir | Use dir as the user's home directory, rather than the default specified by the configuration file (or /nonexistent if adduser --system is used)
--ingroup GROUP | When creating a user, this option sets the primary group ID number of the new user to the GID of the named group

@ bridge 8
% iproute2 | 1 August 2012 |  | Linux
show / manipulate bridge addresses and devices
bridge [ OPTIONS ] OBJECT { COMMAND | help } || OBJECT := { link | fdb | mdb | vlan | vni | monitor } || OPTIONS := { -V[ersion] | -s[tatistics] | -n[etns] name | -b[atch] filename | -c[olor] | -p[retty] | -j[son] | -o[neline] }
: Show / manipulate bridge addresses and devices.

@ capsh 1
% libcap | 2021-10-22
capability shell wrapper
capsh [OPTION]...
: Linux capability support and use can be explored and constrained with this tool. This tool provides a handy wrapper for certain types of capability testing and environment creation. It also provides some debugging features useful for summarizing capability state.
--print | Display prevailing capability and related state
--current | Display prevailing capability state, 1e capabilities and IAB vector
--caps=cap-set | Set the prevailing process capabilities to those specified by cap-set
--drop=cap-list | Remove the listed capabilities from the prevailing bounding set
--inh=cap-list | Set the inheritable set of capabilities for the current process to equal those provided in the comma separated list
--user=username | Assume the identity of the named user
--mode=<mode> | Force the program into a cap_set_mode(3) security mode
--modes | Lists all of the libcap modes supported by --mode=<mode>
--inmode=<mode> | Confirm that the prevailing mode is that specified in <mode>, or exit with a status 1
--uid=id | Force all UID values to equal id using the setuid(2) system call
--cap-uid=<uid> | use the cap_setuid(3) function to set the UID of the current process
--is-uid=<id> | Exit with status 1 unless the current UID equals <id>

@ chpasswd 8
% shadow-utils 4.13 | 04/07/2025 |  | System Management Commands
update passwords in batch mode
chpasswd [options]
: The chpasswd command reads a list of user name and password pairs from standard input and uses this information to update a group of existing users. Each line is of the format user_name:password.
-c, --crypt-method METHOD | Use the specified method to encrypt the passwords
-e, --encrypted | Supplied passwords are in encrypted form
-m, --md5 | Use MD5 encryption instead of DES when the supplied passwords are not encrypted
-R, --root CHROOT_DIR | Apply changes in the CHROOT_DIR directory and use the configuration files from the CHROOT_DIR directory
-s, --sha-rounds ROUNDS | Use the specified number of rounds to encrypt the passwords

@ chsh 1
% shadow-utils 4.13 | 04/07/2025
change login shell
chsh [options] [LOGIN]
: The chsh command changes the user login shell. This determines the name of the user's initial login command. A normal user may only change the login shell for her own account; the superuser may change the login shell for any account.
-R, --root CHROOT_DIR | Apply changes in the CHROOT_DIR directory and use the configuration files from the CHROOT_DIR directory
-s, --shell SHELL | The name of the user's new login shell

@ cmp 1
% diffutils 3.8 | August 2021
compare two files byte by byte
cmp [OPTION]... FILE1 [FILE2 [SKIP1 [SKIP2]]]
: Compare two files byte by byte.
-b, --print-bytes | print differing bytes
-i, --ignore-initial=SKIP | skip first SKIP bytes of both inputs
-i, --ignore-initial=SKIP1:SKIP2 | skip first SKIP1 bytes of FILE1 and first SKIP2 bytes of FILE2
-l, --verbose | output byte numbers and differing byte values
-n, --bytes=LIMIT | compare at most LIMIT bytes
-s, --quiet, --silent | suppress all normal output
-v, --version | output version information and exit

@ curl 1
% curl 7.88.1 | February 19 2023 | curl | curl Manual
transfer a URL
curl [options / URLs]
: curl is a tool for transferring data from or to a server. It supports these protocols: DICT, FILE, FTP, FTPS, GOPHER, GOPHERS, HTTP, HTTPS, IMAP, IMAPS, LDAP, LDAPS, MQTT, POP3, POP3S, RTMP, RTMPS, RTSP, SCP, SFTP, SMB, SMBS, SMTP, SMTPS, TELNET, TFTP, WS and WSS. The command is designed to work without user interaction.
--connect-timeout <fractional seconds> | Maximum time in seconds that you allow curl's connection to take
-d, --data <data> | (HTTP MQTT) Sends the specified data in a POST request to the HTTP server, in the same way that a browser does when a user has filled in an HTML form and presses the submit button
-f, --fail | (HTTP) Fail fast with no output at all on server errors
-I, --head | (HTTP FTP FILE) Fetch the headers only! HTTP-servers feature the command HEAD which this uses to get nothing but the header of a document
-H, --header <header/@file> | (HTTP IMAP SMTP) Extra header to include in information sent
-0, --http1.0 | (HTTP) Tells curl to use HTTP version 1.0 instead of using its internally preferred HTTP version
-i, --include | Include the HTTP response headers in the output
-L, --location | (HTTP) If the server reports that the requested page has moved to a different location (indicated with a Location: header and a 3XX response code), this option will make curl redo the request on the new place
-M, --manual | Manual
-m, --max-time <fractional seconds> | Maximum time in seconds that you allow each transfer to take
-o, --output <file> | Write output to <file> instead of stdout
-X, --request <method> | (HTTP) Specifies a custom request method to use when communicating with the HTTP server

@ delgroup 8
% Debian GNU/Linux |  | DELUSER | System Manager's Manual
remove a user or group from the system
deluser [--backup] [--backup-suffix str] [--backup-to dir] [--conf file] [--debug] [--remove-all-files] [--remove-home] [--quiet] [--verbose] user || deluser [--system] [--backup] [--backup-suffix str] [--backup-to dir] [--conf file] [--debug] [--remove-all-files] [--remove-home] [--quiet] ...
: deluser and delgroup remove users and groups from the system according to command line options and configuration information in /etc/deluser.conf and /etc/adduser.conf.
--backup | Backup all files contained in the userhome and the mailspool file to a file named username.tar.bz2 or username.tar.gz
--group | Remove a group
--only-if-empty | Only remove if no members are left
--quiet | Suppress informational messages, only show warnings and errors
--remove-all-files | Remove all files from the system owned by this user
--remove-home | Remove the home directory of the user and its mailspool
--system | Only delete if user/group is a system user/group

@ deluser 8
% Debian GNU/Linux |  |  | System Manager's Manual
remove a user or group from the system
deluser [--backup] [--backup-suffix str] [--backup-to dir] [--conf file] [--debug] [--remove-all-files] [--remove-home] [--quiet] [--verbose] user || deluser [--system] [--backup] [--backup-suffix str] [--backup-to dir] [--conf file] [--debug] [--remove-all-files] [--remove-home] [--quiet] ...
: deluser and delgroup remove users and groups from the system according to command line options and configuration information in /etc/deluser.conf and /etc/adduser.conf.
--backup | Backup all files contained in the userhome and the mailspool file to a file named username.tar.bz2 or username.tar.gz
--group | Remove a group
--only-if-empty | Only remove if no members are left
--quiet | Suppress informational messages, only show warnings and errors
--remove-all-files | Remove all files from the system owned by this user
--remove-home | Remove the home directory of the user and its mailspool
--system | Only delete if user/group is a system user/group

@ domainname 1
% net-tools | 2009-09-16 | HOSTNAME | Linux Programmer's Manual
show or set the system's host name domainname - show or set the system's NIS/YP domain name ypdomainname - show or set the system's NIS/YP domain name nisdomainname - show or set the system's NIS/YP domain name dnsdomainname - show the system's DNS domain name
hostname [-a|--alias] [-d|--domain] [-f|--fqdn|--long] [-A|--all-fqdns] [-i|--ip-address] [-I|--all-ip-addresses] [-s|--short] [-y|--yp|--nis] || hostname [-b|--boot] [-F|--file filename] [hostname] || hostname [-h|--help] [-V|--version]
: Hostname is used to display the system's DNS name, and to display or set its hostname or NIS domain name.
-a, --alias | Display the alias name of the host (if used)
-A, --all-fqdns | Displays all FQDNs of the machine
-b, --boot | Always set a hostname
-d, --domain | Display the name of the DNS domain
-f, --fqdn, --long | Display the FQDN (Fully Qualified Domain Name)
-F, --file filename | Read the host name from the specified file
-i, --ip-address | Display the network address(es) of the host name
-I, --all-ip-addresses | Display all network addresses of the host
-s, --short | Display the short host name
-y, --yp, --nis | Display the NIS domain name

@ findmnt 8
% util-linux 2.38.1 | 2022-05-11
find a filesystem
findmnt [options] || findmnt [options] device|mountpoint || findmnt [options] [--source] device [--target path|--mountpoint mountpoint]
: findmnt will list all mounted filesystems or search for a filesystem. The findmnt command is able to search in /etc/fstab, /etc/mtab or /proc/self/mountinfo. If device or mountpoint is not given, all filesystems are shown.
-A, --all | Disable all built-in filters and print all filesystems
-b, --bytes | Print the sizes in bytes rather than in a human-readable format
-D, --df | Imitate the output of df(1)
-f, --first-only | Print the first matching filesystem only
-J, --json | Use JSON output format
-k, --kernel | Search in /proc/self/mountinfo
-l, --list | Use the list output format
-M, --mountpoint path | Explicitly define the mountpoint file or directory
-m, --mtab | Search in /etc/mtab
-N, --task tid | Use alternative namespace /proc/<tid>/mountinfo rather than the default /proc/self/mountinfo
-n, --noheadings | Do not print a header line
-O, --options list | Limit the set of printed filesystems

@ getconf 1
% 3rd Berkeley Distribution | squeeze |  | Debian GNU/Linux
Query system configuration variables
getconf -a || getconf [-v specification] system_var || getconf [-v specification] path_var pathname
: -a

@ getent 1
% Linux man-pages 6.03 | 2023-01-07 | getent | General Commands Manual
get entries from Name Service Switch libraries
getent [option]... database key...
: The getent command displays entries from databases supported by the Name Service Switch libraries, which are configured in /etc/nsswitch.conf. If one or more key arguments are provided, then only the entries that match the supplied keys will be displayed. Otherwise, if no key is provided, all entries will be displayed (unless the database does not support enumeration).
-s service, --service service | Override all databases with the specified service
-s database:service, --service database:service | Override only specified databases with the specified service
-?, --help | Print a usage summary and exit
--usage | Print a short usage summary and exit

@ getfattr 1
% Dec 2001 | Extended Attributes |  | File Utilities
get extended attributes of filesystem objects
getfattr [-hRLP] -n name [-e en] pathname... || getfattr [-hRLP] -d [-e en] [-m pattern] pathname...
: For each file, getfattr displays the file name, and the set of extended attribute names (and optionally values) which are associated with that file. Per default only attributes in the user namespace are displayed, see -m.
-n name, --name=name | Dump the value of the named extended attribute
-d, --dump | Dump the values of all matched extended attributes
-e en, --encoding=en | Encode values after retrieving them
-h, --no-dereference | Do not dereference symlinks
-m pattern, --match=pattern | Only include attributes with names matching the regular expression pattern
--absolute-names | Do not strip leading slash characters ('/')
--only-values | Dump out the raw extended attribute value(s) without encoding them
-R, --recursive | List the attributes of all files and directories recursively
-L, --logical | Logical walk, follow symbolic links to directories
-P, --physical | Physical walk, do not follow symbolic links to directories

@ getpcaps 8
%  | 2020-08-29 |  | System Manager's Manual
display process capabilities
getpcaps [optional args] pid...
: getpcaps displays the capabilities on the processes indicated by the pid value(s) given on the command line. A pid of 0 displays the capabilities of the process that is running getpcaps itself.
--ugly or --legacy | Displays output in a somewhat ugly legacy format
--verbose | Displays usage in a legacy-like format but not quite so ugly in modern default terminal fonts
--iab | Displays IAB tuple capabilities from the process

@ gpasswd 1
% shadow-utils 4.13 | 04/07/2025
administer /etc/group and /etc/gshadow
gpasswd [option] group
: The gpasswd command is used to administer /etc/group, and /etc/gshadow. Every group can have administrators, members and a password.
-a, --add user | Add the user to the named group
-d, --delete user | Remove the user from the named group
-Q, --root CHROOT_DIR | Apply changes in the CHROOT_DIR directory and use the configuration files from the CHROOT_DIR directory
-r, --remove-password | Remove the password from the named group
-R, --restrict | Restrict the access to the named group
-A, --administrators user,... | Set the list of administrative users
-M, --members user,... | Set the list of group members

@ groupadd 8
% shadow-utils 4.13 | 04/07/2025 |  | System Management Commands
create a new group
groupadd [OPTIONS] NEWGROUP
: The groupadd command creates a new group account using the values specified on the command line plus the default values from the system. The new group will be entered into the system files as needed.
-f, --force | This option causes the command to simply exit with success status if the specified group already exists
-g, --gid GID | The numerical value of the group's ID
-K, --key KEY=VALUE | Overrides /etc/login.defs defaults (GID_MIN, GID_MAX and others)
-o, --non-unique | permits the creation of a group with an already used numerical ID
-p, --password PASSWORD | defines an initial password for the group account
-r, --system | Create a system group
-R, --root CHROOT_DIR | Apply changes in the CHROOT_DIR directory and use the configuration files from the CHROOT_DIR directory
-P, --prefix PREFIX_DIR | Apply changes to configuration files under the root filesystem found under the directory PREFIX_DIR
-U, --users | A list of usernames to add as members of the group

@ groupdel 8
% shadow-utils 4.13 | 04/07/2025 |  | System Management Commands
delete a group
groupdel [options] GROUP
: The groupdel command modifies the system account files, deleting all entries that refer to GROUP. The named group must exist.
-f, --force | This option forces the removal of the group, even if there's some user having the group as the primary one
-R, --root CHROOT_DIR | Apply changes in the CHROOT_DIR directory and use the configuration files from the CHROOT_DIR directory
-P, --prefix PREFIX_DIR | Apply changes in the PREFIX_DIR directory and use the configuration files from the PREFIX_DIR directory

@ killall 1
% psmisc | 2021-01-11
kill processes by name
killall [-Z, --context pattern] [-e, --exact] [-g, --process-group] [-i, --interactive] [-n, --ns PID] [-o, --older-than TIME] [-q, --quiet] [-r, --regexp] [-s, --signal SIGNAL, -SIGNAL] [-u, --user user] [-v, --verbose] [-w, --wait] [-y, --younger-than TIME] [-I, --ignore-case] [-V, --version] ...
: killall sends a signal to all processes running any of the specified commands. If no signal name is specified, SIGTERM is sent.
-e, --exact | Require an exact match for very long names
-I, --ignore-case | Do case insensitive process name match
-l, --list | List all known signal names
-n, --ns | Match against the PID namespace of the given PID
-q, --quiet | Do not complain if no processes were killed
-s, --signal, -SIGNAL | Send this signal instead of SIGTERM
-v, --verbose | Report if the signal was successfully sent
-w, --wait | Wait for all killed processes to die
-Z, --context | Specify security context: kill only processes having security context that match with given extended regular expression pattern

@ mountpoint 1
% util-linux 2.38.1 | 2022-05-11
see if a directory or file is a mountpoint
mountpoint [-d|-q] directory|file || mountpoint -x device
: mountpoint checks whether the given directory or file is mentioned in the /proc/self/mountinfo file.
-d, --fs-devno | Show the major/minor numbers of the device that is mounted on the given directory
-q, --quiet | Be quiet - don’t print anything
--nofollow | Do not follow symbolic link if it the last element of the directory path
-x, --devno | Show the major/minor numbers of the given blockdevice on standard output

@ nc 1
% BSD | September 11, 2022 |  | BSD General Commands Manual
nc — arbitrary TCP and UDP connections and listens
nc [-46bCDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl] [-m minttl] [-O length] [-P proxy_username] [-p source_port] [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit] [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]] [destination] [port]
: The nc (or netcat) utility is used for just about anything under the sun involving TCP, UDP, or UNIX-domain sockets. It can open TCP connections, send UDP packets, listen on arbitrary TCP and UDP ports, do port scanning, and deal with both IPv4 and IPv6. Unlike telnet(1), nc scripts nicely, and separates error messages onto standard error instead of sending them to standard output, as telnet(1) does with some.

@ ping 8
% iputils 20221126 |  |  | iputils
send ICMP ECHO_REQUEST to network hosts
ping [-aAbBdCDefhLnOqrRUvV46] [-c count] [-F flowlabel] [-i interval] [-I interface] [-l preload] [-m mark] [-M pmtudisc_option] [-N nodeinfo_option] [-w deadline] [-W timeout] [-p pattern] [-Q tos] [-s packetsize] [-S sndbuf] [-t ttl] [-T timestamp option] [hop...] {destination}
: ping uses the ICMP protocol's mandatory ECHO_REQUEST datagram to elicit an ICMP ECHO_RESPONSE from a host or gateway. ECHO_REQUEST datagrams (“pings”) have an IP and ICMP header, followed by a struct timeval and then an arbitrary number of “pad” bytes used to fill out the packet.
-c count | Stop after sending count ECHO_REQUEST packets
-h | Show help
-i interval | Wait interval seconds between sending each packet
-n | Numeric output only
-q | Quiet output
-s packetsize | Specifies the number of data bytes to be sent
-V | Show version and exit
-w deadline | Specify a timeout, in seconds, before ping exits regardless of how many packets have been sent or received
-W timeout | Time to wait for a response, in seconds

@ pivot_root 8
% util-linux 2.38.1 | 2022-05-11
change the root filesystem
pivot_root new_root put_old
: pivot_root moves the root file system of the current process to the directory put_old and makes new_root the new root file system. Since pivot_root(8) simply calls pivot_root(2), we refer to the man page of the latter for further details.

@ renice 1
% util-linux 2.38.1 | 2022-05-11
alter priority of running processes
renice [-n] priority [-g|-p|-u] identifier...
: renice alters the scheduling priority of one or more running processes. The first argument is the priority value to be used. The other arguments are interpreted as process IDs (by default), process group IDs, user IDs, or user names. renice'ing a process group causes all processes in the process group to have their scheduling priority altered. renice'ing a user causes all processes owned by the user to have their scheduling priority altered.
-n, --priority priority | Specify the scheduling priority to be used for the process, process group, or user
-g, --pgrp | Interpret the succeeding arguments as process group IDs
-p, --pid | Interpret the succeeding arguments as process IDs (the default)
-u, --user | Interpret the succeeding arguments as usernames or UIDs

@ rev 1
% util-linux 2.38.1 | 2022-05-11
reverse lines characterwise
rev [option] [file...]
: The rev utility copies the specified files to standard output, reversing the order of characters in every line. If no files are specified, standard input is read.

@ setfattr 1
% Dec 2001 | Extended Attributes |  | File Utilities
set extended attributes of filesystem objects
setfattr [-h] -n name [-v value] pathname... || setfattr [-h] -x name pathname... || setfattr [-h] --restore=file
: The setfattr command associates a new value with an extended attribute name for each specified file.
-n name, --name=name | Specifies the name of the extended attribute to set
-v value, --value=value | Specifies the new value of the extended attribute
-x name, --remove=name | Remove the named extended attribute entirely
-h, --no-dereference | Do not follow symlinks
--raw | Do not decode the attribute value

@ setpriv 1
% util-linux 2.38.1 | 2022-05-11
run a program with different Linux privilege settings
setpriv [options] program [arguments]
: Sets or queries various Linux privilege settings that are inherited across execve(2).
--clear-groups | Clear supplementary groups
-d, --dump | Dump the current privilege state
--groups group... | Set supplementary groups
--keep-groups | Preserve supplementary groups
--init-groups | Initialize supplementary groups using initgroups3
--no-new-privs | Set the no_new_privs bit
--rgid gid, --egid gid, --regid gid | Set the real, effective, or both GIDs
--ruid uid, --euid uid, --reuid uid | Set the real, effective, or both UIDs
--securebits (+|-)securebit... | Set or clear securebits
--pdeathsig keep|clear|<signal> | Keep, clear or set the parent death signal
--selinux-label label | Request a particular SELinux transition (using a transition on exec, not dyntrans)
--apparmor-profile profile | Request a particular AppArmor profile (using a transition on exec)

@ setsid 1
% util-linux 2.38.1 | 2022-05-11
run a program in a new session
setsid [options] program [arguments]
: setsid runs a program in a new session. The command calls fork(2) if already a process group leader. Otherwise, it executes a program in the current process. This default behavior is possible to override by the --fork option.
-c, --ctty | Set the controlling terminal to the current one
-f, --fork | Always create a new process
-w, --wait | Wait for the execution of the program to end, and return the exit status of this program as the exit status of setsid

@ ss 8
%  |  |  | System Manager's Manual
another utility to investigate sockets
ss [options] [ FILTER ]
: ss is used to dump socket statistics. It allows showing information similar to netstat. It can display more TCP and state information than other tools.
-H, --no-header | Suppress header line
-n, --numeric | Do not try to resolve service names
-a, --all | Display both listening and non-listening (for TCP this means established connections) sockets
-l, --listening | Display only listening sockets (these are omitted by default)
-o, --options | Show timer information
-e, --extended | Show detailed socket information
-m, --memory | Show socket memory usage
-p, --processes | Show process using socket
-i, --info | Show internal TCP information

@ stress 1
% stress-1.0.7 | 21 Jan 2023 | stress | tool to impose load on and stress test systems
tool to impose load on and stress test a computer system
stress [OPTIONS]
: stress is a tool that imposes a configurable amount of CPU, memory, I/O, or disk stress on a POSIX-compliant operating system and reports any errors it detects.
-?, --help | Show this help statement
-v, --verbose | Be verbose
-q, --quiet | Be quiet
-n, --dry-run | Show what would have been done
-t, --timeout <N> | Timeout after N seconds
--backoff <N> | Wait for factor of microseconds before starting work
-c, --cpu <N> | Spawn N workers spinning on sqrt()
-i, --io <N> | Spawn N workers spinning on sync()
-m, --vm <N> | Spawn N workers spinning on malloc()/free()
--vm-bytes <B> | Malloc B bytes per vm worker (default is 256MB)
--vm-stride <B> | Touch a byte every B bytes (default is 4096)
--vm-hang <N> | Sleep N secs before free (default none, 0 is inf)

@ stress-ng 1
%  | 16 March 2023 |  | General Commands Manual
a tool to load and stress a computer system
stress-ng [OPTION [ARG]] ...
: stress-ng will stress test a computer system in various selectable ways. It was designed to exercise various physical subsystems of a computer as well as the various operating system kernel interfaces. stress-ng also has a wide range of CPU specific stress tests that exercise floating point, integer, bit manipulation and control flow.
-a N, --all N, --parallel N | start N instances of all stressors in parallel
--metrics | output number of bogo operations in total performed by the stress processes
--metrics-brief | show shorter list of stressor metrics (no CPU used per instance)
--oomable | Do not respawn a stressor if it gets killed by the Out-of-Memory (OOM) killer
-q, --quiet | do not show any output
-t N, --timeout T | run each stress test for at least T seconds
-v, --verbose | show all debug, warnings and normal information output
-c N, --cpu N | start N workers exercising the CPU by sequentially working through all the different CPU stress methods
-f N, --fork N | start N workers continually forking children that immediately exit
-s N, --switch N | start N workers that force context switching between two mutually blocking/unblocking tied processes
-m N, --vm N | start N workers continuously calling mmap(2)/munmap(2) and writing to the allocated memory
--vm-bytes N | mmap N bytes per vm worker, the default is 256MB

@ systemd-cgls 1
% systemd 252 |  |  | systemd-cgls
Recursively show control group contents
systemd-cgls [OPTIONS...] [CGROUP...] || systemd-cgls [OPTIONS...] --unit|--user-unit [UNIT...]
: systemd-cgls recursively shows the contents of the selected Linux control group hierarchy in a tree. If arguments are specified, shows all member processes of the specified control groups plus all their subgroups and their members. The control groups may either be specified by their full file paths or are assumed in the systemd control group hierarchy. If no argument is specified and the current working directory is beneath the control group mount point /sys/fs/cgroup/, shows the contents of the control group the working directory refers to. Otherwise, the full systemd control group hierarchy is shown.
--all | Do not hide empty control groups in the output
-l, --full | Do not ellipsize process tree members
-u, --unit | Show cgroup subtrees for the specified units
--user-unit | Show cgroup subtrees for the specified user units
-k | Include kernel threads in output
-M MACHINE, --machine=MACHINE | Limit control groups shown to the part corresponding to the container MACHINE
--xattr= | Controls whether to include information about extended attributes of the listed control groups in the output
--cgroup-id= | Controls whether to include the numeric ID of the listed control groups in the output
--no-pager | Do not pipe output into a pager

@ systemd-cgtop 1
% systemd 252 |  |  | systemd-cgtop
Show top control groups by their resource usage
systemd-cgtop [OPTIONS...] [GROUP]
: systemd-cgtop shows the top control groups of the local Linux control group hierarchy, ordered by their CPU, memory, or disk I/O load. The display is refreshed in regular intervals (by default every 1s), similar in style to top(1). If a control group path is specified, shows only the services of the specified control group.
-p, --order=path | Order by control group path name
-t, --order=tasks | Order by number of tasks/processes in the control group
-c, --order=cpu | Order by CPU load
-m, --order=memory | Order by memory usage
-i, --order=io | Order by disk I/O load
-b, --batch | Run in "batch" mode: do not accept input and run until the iteration limit set with --iterations= is exhausted or until killed
-r, --raw | Format byte counts (as in memory usage and I/O metrics) and CPU time with raw numeric values rather than human-readable numbers
-P | Count only userspace processes instead of all tasks
-k | Count only userspace processes and kernel threads instead of all tasks
-n, --iterations= | Perform only this many iterations
-1 | A shortcut for --iterations=1
-d, --delay= | Specify refresh delay in seconds (or if one of "ms", "us", "min" is specified as unit in this time unit)

@ systemd-run 1
% systemd 252 |  |  | systemd-run
Run programs in transient scope units, service units, or path-, socket-, or timer-triggered service units
systemd-run [OPTIONS...] COMMAND [ARGS...] || systemd-run [OPTIONS...] [PATH OPTIONS...] {COMMAND} [ARGS...] || systemd-run [OPTIONS...] [SOCKET OPTIONS...] {COMMAND} [ARGS...]
: systemd-run may be used to create and start a transient .service or .scope unit and run the specified COMMAND in it. It may also be used to create and start a transient .path, .socket, or .timer unit, that activates a .service unit when elapsing.
--scope | Create a transient .scope unit instead of the default transient .service unit (see above)
--unit=, -u | Use this unit name instead of an automatically generated one
--property=, -p | Sets a property on the scope or service unit that is created
--slice= | Make the new .service or .scope unit part of the specified slice, instead of system.slice (when running in --system mode) or the root slice (when running in --user mode)
--quiet, -q | Suppresses additional informational output while running
--wait | Synchronously wait for the transient service to terminate
--system | Talk to the service manager of the system

@ pidof 8
% sysvinit | 01 Sep 1998 |  | Linux System Administrator's Manual
find the process ID of a running program
pidof [-s] [-c] [-n] [-x] [-z] [-o omitpid[,omitpid...]]  [-o omitpid[,omitpid...]...]  [-d sep] program [program...]
: pidof finds the process id's (PIDs) of the named programs. It prints those id's on the standard output. This program is on some systems used in run-level change scripts, especially when the system has a System-V like rc structure. In that case these scripts are located in /etc/rc?.d, where ? is the runlevel. If the system has a start-stop-daemon(8) program that should be used instead.
-s | Single shot - this instructs the program to only return one pid
-c | Only return process PIDs that are running with the same root directory
-n | Avoid stat(2) system function call on all binaries which are located on network based file systems like NFS
-q | Do not display matched PIDs to standard out
-x | Scripts too - this causes the program to also return process id's of shells running the named scripts
-z | Try to detect processes which are stuck in zombie (Z) status
-o omitpid | Tells pidof to omit processes with that process id

@ pwdx 1
% procps-ng | 2020-06-04
report current working directory of a process
pwdx [options] pid [...]
: Report current working directory of a process.

@ sysctl 8
% procps-ng | 2021-03-29
configure kernel parameters at runtime
sysctl [options] [variable[=value]] [...] || sysctl -p [file or regexp] [...]
: sysctl is used to modify kernel parameters at runtime. The parameters available are those listed under /proc/sys/. Procfs is required for sysctl support in Linux. You can use sysctl to both read and write sysctl data.

@ column 1
% util-linux 2.38.1 | 2022-08-04
columnate lists
column [options] [file ...]
: The column utility formats its input into multiple columns.
-c, --output-width width | Output is formatted to a width specified as number of characters
-o, --output-separator string | Specify the columns delimiter for table output (default is two spaces)
-s, --separator separators | Specify the possible input item delimiters (default is whitespace)
-t, --table | Determine the number of columns the input contains and create a table
-x, --fillrows | Fill rows before filling columns
`;
