// The configuration files of a fresh Debian 12 machine, as vlab's disk image ships them.
// Contents follow Debian's base-files, base-passwd, bash and netbase packages, trimmed to what
// a learner's tools read.

export const HOSTNAME = "vlab";

const passwd = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
student:x:1000:1000:Student,,,:/home/student:/bin/bash
`;

const group = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
news:x:9:
uucp:x:10:
man:x:12:
proxy:x:13:
kmem:x:15:
dialout:x:20:
fax:x:21:
voice:x:22:
cdrom:x:24:student
floppy:x:25:student
tape:x:26:
sudo:x:27:student
audio:x:29:student
dip:x:30:student
www-data:x:33:
backup:x:34:
operator:x:37:
list:x:38:
irc:x:39:
src:x:40:
shadow:x:42:
utmp:x:43:
video:x:44:student
sasl:x:45:
plugdev:x:46:student
staff:x:50:
games:x:60:
users:x:100:student
nogroup:x:65534:
student:x:1000:
`;

const shadow = passwd
  .trim()
  .split("\n")
  .map((l) => {
    const name = l.split(":")[0];
    const pw = name === "student" ? "$6$aBRk1G7g2.Dw6F5x$nj1ryWUUDy3ztPe6jokX/nIjfN.0rd7tVi5uAn4oO.xJc8JgE1q221alopUhU9r7HP8l9kcxZ2RuWkkffVFeS0" : name === "root" ? "!" : "*"; // student's password is "student"
    return `${name}:${pw}:20454:0:99999:7:::`;
  })
  .join("\n") + "\n";

const osRelease = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

const profile = `# /etc/profile: system-wide .profile file for the Bourne shell (sh(1))
# and Bourne compatible shells (bash(1), ksh(1), ash(1), ...).

if [ "$(id -u)" -eq 0 ]; then
  PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
else
  PATH="/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games"
fi
export PATH

if [ "\${PS1-}" ]; then
  if [ "\${BASH-}" ] && [ "$BASH" != "/bin/sh" ]; then
    if [ -f /etc/bash.bashrc ]; then
      . /etc/bash.bashrc
    fi
  else
    if [ "$(id -u)" -eq 0 ]; then
      PS1='# '
    else
      PS1='$ '
    fi
  fi
fi

if [ -d /etc/profile.d ]; then
  for i in /etc/profile.d/*.sh; do
    if [ -r $i ]; then
      . $i
    fi
  done
  unset i
fi
`;

const bashBashrc = `# System-wide .bashrc file for interactive bash(1) shells.

# If not running interactively, don't do anything
[ -z "$PS1" ] && return

# check the window size after each command and, if necessary,
# update the values of LINES and COLUMNS.
shopt -s checkwinsize

# set a fancy prompt (non-color, overwrite the one in /etc/profile)
PS1='\${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ '
`;

const rootBashrc = `# ~/.bashrc: executed by bash(1) for non-login shells.

# Note: PS1 and umask are already set in /etc/profile. You should not
# need this unless you want different defaults for root.
PS1='\${debian_chroot:+($debian_chroot)}\\[\\033[01;31m\\]\\u@\\h\\[\\033[00m\\]:\\[\\033[01;34m\\]\\w\\[\\033[00m\\]\\$ '
umask 022

# You may uncomment the following lines if you want \`ls' to be colorized:
export LS_OPTIONS='--color=auto'
alias ls='ls $LS_OPTIONS'
alias ll='ls $LS_OPTIONS -l'
alias l='ls $LS_OPTIONS -lA'
#
# Some more alias to avoid making mistakes:
# alias rm='rm -i'
# alias cp='cp -i'
# alias mv='mv -i'
`;

const rootProfile = `# ~/.profile: executed by Bourne-compatible login shells.

if [ "$BASH" ]; then
  if [ -f ~/.bashrc ]; then
    . ~/.bashrc
  fi
fi

mesg n 2> /dev/null || true
`;

const skelBashrc = `# ~/.bashrc: executed by bash(1) for non-login shells.

# If not running interactively, don't do anything
case $- in
    *i*) ;;
      *) return;;
esac

HISTCONTROL=ignoreboth
HISTSIZE=1000
HISTFILESIZE=2000

PS1='\${debian_chroot:+($debian_chroot)}\\[\\033[01;32m\\]\\u@\\h\\[\\033[00m\\]:\\[\\033[01;34m\\]\\w\\[\\033[00m\\]\\$ '

alias ls='ls --color=auto'
alias grep='grep --color=auto'
alias ll='ls -alF'
alias la='ls -A'
alias l='ls -CF'
`;

const skelProfile = `# ~/.profile: executed by the command interpreter for login shells.

if [ -n "$BASH_VERSION" ]; then
    if [ -f "$HOME/.bashrc" ]; then
        . "$HOME/.bashrc"
    fi
fi

if [ -d "$HOME/bin" ] ; then
    PATH="$HOME/bin:$PATH"
fi
`;

const motd = `
The programs included with the Debian GNU/Linux system are free software;
the exact distribution terms for each program are described in the
individual files in /usr/share/doc/*/copyright.

Debian GNU/Linux comes with ABSOLUTELY NO WARRANTY, to the extent
permitted by applicable law.
`;

/** path -> [content, mode]. Directories are made as needed (0755). */
export const ETC_FILES: ReadonlyArray<[string, string, number]> = [
  ["/etc/hostname", `${HOSTNAME}\n`, 0o644],
  ["/etc/hosts", `127.0.0.1\tlocalhost\n127.0.1.1\t${HOSTNAME}\n\n# The following lines are desirable for IPv6 capable hosts\n::1     localhost ip6-localhost ip6-loopback\nff02::1 ip6-allnodes\nff02::2 ip6-allrouters\n`, 0o644],
  ["/etc/passwd", passwd, 0o644],
  ["/etc/group", group, 0o644],
  ["/etc/shadow", shadow, 0o640],
  ["/etc/gshadow", group.replace(/^([^:]+):x:/gm, "$1:*:"), 0o640],
  ["/etc/os-release", osRelease, 0o644],
  ["/etc/debian_version", "12.8\n", 0o644],
  ["/etc/issue", "Debian GNU/Linux 12 \\n \\l\n\n", 0o644],
  ["/etc/motd", motd, 0o644],
  ["/etc/fstab", "# /etc/fstab: static file system information.\n#\n# <file system> <mount point>   <type>  <options>       <dump>  <pass>\n", 0o644],
  ["/etc/shells", "# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/dash\n/usr/bin/dash\n", 0o644],
  ["/etc/profile", profile, 0o644],
  ["/etc/bash.bashrc", bashBashrc, 0o644],
  ["/etc/skel/.bashrc", skelBashrc, 0o644],
  ["/etc/skel/.profile", skelProfile, 0o644],
  ["/etc/skel/.bash_logout", "# ~/.bash_logout: executed by bash(1) when login shell exits.\n", 0o644],
  ["/root/.bashrc", rootBashrc, 0o644],
  ["/root/.profile", rootProfile, 0o644],
  ["/home/student/.bashrc", skelBashrc, 0o644],
  ["/home/student/.profile", skelProfile, 0o644],
  ["/home/student/.bash_logout", "# ~/.bash_logout: executed by bash(1) when login shell exits.\n", 0o644],
  ["/etc/nsswitch.conf", "passwd:         files\ngroup:          files\nshadow:         files\nhosts:          files dns\nnetworks:       files\n", 0o644],
  ["/etc/resolv.conf", "nameserver 10.0.2.3\n", 0o644],
  ["/etc/sudoers", "Defaults\tenv_reset\nroot\tALL=(ALL:ALL) ALL\n%sudo\tALL=(ALL:ALL) ALL\n", 0o440],
  ["/etc/timezone", "Etc/UTC\n", 0o644],
  ["/etc/machine-id", "5e1f0c6a4b2d4c8e9f7a3b1c2d4e6f80\n", 0o444],
];

/** Directories of the FHS layout (Debian 12, merged /usr), with their modes. */
export const DIRECTORIES: ReadonlyArray<[string, number]> = [
  ["/usr", 0o755], ["/usr/bin", 0o755], ["/usr/sbin", 0o755], ["/usr/lib", 0o755], ["/usr/lib64", 0o755],
  ["/usr/local", 0o755], ["/usr/local/bin", 0o755], ["/usr/local/sbin", 0o755], ["/usr/local/lib", 0o755],
  ["/usr/share", 0o755], ["/usr/share/man", 0o755], ["/usr/share/doc", 0o755], ["/usr/games", 0o755],
  ["/etc", 0o755], ["/etc/skel", 0o755], ["/etc/profile.d", 0o755], ["/etc/default", 0o755],
  ["/home", 0o755], ["/root", 0o700], ["/boot", 0o755], ["/dev", 0o755], ["/proc", 0o555], ["/sys", 0o555],
  ["/run", 0o755], ["/tmp", 0o1777], ["/mnt", 0o755], ["/media", 0o755], ["/opt", 0o755], ["/srv", 0o755],
  ["/var", 0o755], ["/var/lib", 0o755], ["/var/log", 0o755], ["/var/cache", 0o755], ["/var/tmp", 0o1777],
  ["/var/spool", 0o755], ["/var/mail", 0o2775], ["/var/local", 0o2775], ["/var/opt", 0o755], ["/var/backups", 0o755],
];

/** Debian 12's merged-/usr symlinks. */
export const SYMLINKS: ReadonlyArray<[string, string]> = [
  ["/bin", "usr/bin"],
  ["/sbin", "usr/sbin"],
  ["/lib", "usr/lib"],
  ["/lib64", "usr/lib64"],
  ["/usr/bin/sh", "dash"],
  ["/usr/bin/rbash", "bash"],
  ["/var/run", "/run"],
  ["/var/lock", "/run/lock"],
];
