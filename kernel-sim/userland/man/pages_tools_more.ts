// More pages of the other tools, in page.ts's format (the second half of pages_tools.ts's alphabet, split for size).
// NAME lines, synopses and header/footer fields are the Debian 12 pages' facts; descriptions and
// option texts are our own words, listing only the options vlab's program parses.

export const TOOLS_MORE_PAGES_TEXT = `
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
