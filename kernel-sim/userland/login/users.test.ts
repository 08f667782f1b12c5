// End-to-end scripts for shadow-utils' account tools (useradd, usermod, userdel, groupadd,
// groupdel, passwd, chpasswd) and the password checks of su and sudo, run through a booted host
// and compared with what the real tools printed on Debian 12 (shadow-utils 4.13, util-linux su,
// sudo 1.9.13). To re-record: run each script with bash as root on a Debian 12 machine.

import { describe, expect, it } from "vitest";
import { runScript } from "../../host/index.ts";

const USERADD_SCRIPT = `useradd alice; echo "rc=$?"
grep alice /etc/passwd /etc/group /etc/gshadow; grep alice /etc/shadow | cut -d: -f1,2,4-
ls -d /home/alice; echo "rc=$?"
useradd alice; echo "rc=$?"
useradd -m -s /bin/bash bob; echo "rc=$?"
ls -la /home/bob | awk 'NR>1 {print $1, $3, $4, $NF}'
cmp /etc/skel/.bashrc /home/bob/.bashrc && echo same
grep bob /etc/passwd
useradd -u 1500 -G adm,staff -d /srv/carol carol; echo "rc=$?"
grep carol /etc/passwd /etc/group
id carol
useradd -G nosuchgroup dave; echo "rc=$?"
useradd -u 1500 erin; echo "rc=$?"
useradd -u abc erin; echo "rc=$?"
useradd 'Bad:name'; echo "rc=$?"
useradd -g users -c "Frank F" frank; grep frank /etc/passwd /etc/group; echo "rc=$?"
useradd -s /bin/nonexist gina; echo "rc=$?"
groupadd devs; echo "rc=$?"; grep devs /etc/group /etc/gshadow
groupadd devs; echo "rc=$?"
groupadd -g 4 dup; echo "rc=$?"
usermod -aG devs alice; echo "rc=$?"; grep devs /etc/group
usermod -aG adm alice; grep ^adm /etc/group
usermod -s /bin/bash -d /home/al alice; grep ^alice /etc/passwd
usermod nosuch -s /bin/sh; echo "rc=$?"
usermod alice; echo "rc=$?"
usermod -G devs carol; id carol
groupdel devs; echo "rc=$?"; id alice
groupdel devs; echo "rc=$?"
groupdel bob; echo "rc=$?"
userdel -r bob; echo "rc=$?"; ls -d /home/bob; grep bob /etc/group
userdel nosuch; echo "rc=$?"
userdel alice; echo "rc=$?"
userdel -r carol; echo "rc=$?"
userdel frank; userdel gina; grep -E 'alice|bob|carol|frank|gina' /etc/passwd /etc/group /etc/shadow /etc/gshadow; echo "rc=$?"
`;

const USERADD_REAL = `rc=0
/etc/passwd:alice:x:1001:1001::/home/alice:/bin/sh
/etc/group:alice:x:1001:
/etc/gshadow:alice:!::
alice:!:0:99999:7:::
ls: cannot access '/home/alice': No such file or directory
rc=2
useradd: user 'alice' already exists
rc=9
rc=0
drwxr-xr-x bob bob .
drwxr-xr-x root root ..
-rw-r--r-- bob bob .bash_logout
-rw-r--r-- bob bob .bashrc
-rw-r--r-- bob bob .profile
same
bob:x:1002:1002::/home/bob:/bin/bash
rc=0
/etc/passwd:carol:x:1500:1500::/srv/carol:/bin/sh
/etc/group:adm:x:4:carol
/etc/group:staff:x:50:carol
/etc/group:carol:x:1500:
uid=1500(carol) gid=1500(carol) groups=1500(carol),4(adm),50(staff)
useradd: group 'nosuchgroup' does not exist
rc=6
useradd: UID 1500 is not unique
rc=4
useradd: invalid user ID 'abc'
rc=3
useradd: invalid user name 'Bad:name': use --badname to ignore
rc=3
/etc/passwd:frank:x:1501:100:Frank F:/home/frank:/bin/sh
rc=0
useradd: Warning: missing or non-executable shell '/bin/nonexist'
rc=0
rc=0
/etc/group:devs:x:1503:
/etc/gshadow:devs:!::
groupadd: group 'devs' already exists
rc=9
groupadd: GID '4' already exists
rc=4
rc=0
devs:x:1503:alice
adm:x:4:carol,alice
alice:x:1001:1001::/home/al:/bin/bash
usermod: user 'nosuch' does not exist
rc=6
usermod: no options
Usage: usermod [options] LOGIN

Options:
  -a, --append                  append the user to the supplemental GROUPS
                                mentioned by the -G option without removing
                                the user from other groups
  -b, --badname                 allow bad names
  -c, --comment COMMENT         new value of the GECOS field
  -d, --home HOME_DIR           new home directory for the user account
  -e, --expiredate EXPIRE_DATE  set account expiration date to EXPIRE_DATE
  -f, --inactive INACTIVE       set password inactive after expiration
                                to INACTIVE
  -g, --gid GROUP               force use GROUP as new primary group
  -G, --groups GROUPS           new list of supplementary GROUPS
  -h, --help                    display this help message and exit
  -l, --login NEW_LOGIN         new value of the login name
  -L, --lock                    lock the user account
  -m, --move-home               move contents of the home directory to the
                                new location (use only with -d)
  -o, --non-unique              allow using duplicate (non-unique) UID
  -p, --password PASSWORD       use encrypted password for the new password
  -P, --prefix PREFIX_DIR       prefix directory where are located the /etc/* files
  -r, --remove                  remove the user from only the supplemental GROUPS
                                mentioned by the -G option without removing
                                the user from other groups
  -R, --root CHROOT_DIR         directory to chroot into
  -s, --shell SHELL             new login shell for the user account
  -u, --uid UID                 new UID for the user account
  -U, --unlock                  unlock the user account
  -v, --add-subuids FIRST-LAST  add range of subordinate uids
  -V, --del-subuids FIRST-LAST  remove range of subordinate uids
  -w, --add-subgids FIRST-LAST  add range of subordinate gids
  -W, --del-subgids FIRST-LAST  remove range of subordinate gids
  -Z, --selinux-user SEUSER     new SELinux user mapping for the user account

rc=2
uid=1500(carol) gid=1500(carol) groups=1500(carol),1503(devs)
rc=0
uid=1001(alice) gid=1001(alice) groups=1001(alice),4(adm)
groupdel: group 'devs' does not exist
rc=6
groupdel: cannot remove the primary group of user 'bob'
rc=8
userdel: bob mail spool (/var/mail/bob) not found
rc=0
ls: cannot access '/home/bob': No such file or directory
userdel: user 'nosuch' does not exist
rc=6
rc=0
userdel: carol mail spool (/var/mail/carol) not found
userdel: carol home directory (/srv/carol) not found
rc=0
rc=1
`;

const PASSWD_SCRIPT = `useradd -m alice
useradd -m bob
printf 'alicepw1\\nalicepw1\\n' | passwd alice; echo "rc=$?"
grep '^alice:\\$' /etc/shadow >/dev/null && echo hashed
printf 'x1\\nx2\\n' | passwd alice; echo "rc=$?"
printf '\\n\\n' | passwd alice; echo "rc=$?"
passwd nosuch; echo "rc=$?"
echo alicepw1 | su bob -c 'su alice -c "id -un"'; echo "rc=$?"
echo wrong | su bob -c 'su alice -c "id -un"'; echo "rc=$?"
printf 'alicepw1\\nnewpass99\\nnewpass99\\n' | su alice -c passwd; echo "rc=$?"
echo newpass99 | su bob -c 'su alice -c "id -un"'; echo "rc=$?"
printf 'bad\\n' | su alice -c passwd; echo "rc=$?"
printf 'newpass99\\nabc\\nabc\\nabc\\nabc\\nabc\\nabc\\n' | su alice -c passwd; echo "rc=$?"
su alice -c 'passwd bob'; echo "rc=$?"
su alice -c 'passwd -l bob'; echo "rc=$?"
su alice -c 'sudo -n true'; echo "rc=$?"
printf 'bob:bobpw\\nnosuch:x\\ngarbage\\n' | chpasswd; echo "rc=$?"
echo bobpw | su alice -c 'su bob -c "id -un"'; echo "rc=$?"
passwd -l bob; echo "rc=$?"
passwd -S bob | cut -d' ' -f1,2,4-
echo bobpw | su alice -c 'su bob -c "id -un"'; echo "rc=$?"
passwd -u bob; passwd -S bob | cut -d' ' -f1,2
passwd -d bob; passwd -S bob | cut -d' ' -f1,2; grep '^bob:' /etc/shadow | cut -d: -f1,2
su alice -c 'su bob -c "id -un"' </dev/null; echo "rc=$?"
userdel -r alice; userdel -r bob
`;

const PASSWD_REAL = `New password: Retype new password: passwd: password updated successfully
rc=0
hashed
New password: Retype new password: Sorry, passwords do not match.
passwd: Authentication token manipulation error
passwd: password unchanged
rc=10
New password: Retype new password: No password has been supplied.
New password: Password change has been aborted.
passwd: Authentication token manipulation error
passwd: password unchanged
rc=10
passwd: user 'nosuch' does not exist
rc=1
Password: alice
rc=0
Password: su: Authentication failure
rc=1
Current password: New password: Retype new password: passwd: password updated successfully
Changing password for alice.
rc=0
Password: alice
rc=0
Current password: passwd: Authentication token manipulation error
passwd: password unchanged
Changing password for alice.
rc=10
Current password: New password: Retype new password: You must choose a longer password.
New password: Retype new password: You must choose a longer password.
New password: Retype new password: You must choose a longer password.
passwd: Authentication token manipulation error
passwd: password unchanged
Changing password for alice.
rc=10
passwd: You may not view or modify password information for bob.
rc=1
passwd: Permission denied.
rc=1
sudo: a password is required
rc=1
chpasswd: (user nosuch) pam_chauthtok() failed, error:
Authentication token manipulation error
chpasswd: (line 2, user nosuch) password not changed
chpasswd: line 3: missing new password
rc=1
Password: bob
rc=0
passwd: password changed.
rc=0
bob L 0 99999 7 -1
Password: su: Authentication failure
rc=1
passwd: password changed.
bob P
passwd: password changed.
bob NP
bob:
bob
rc=0
userdel: alice mail spool (/var/mail/alice) not found
userdel: bob mail spool (/var/mail/bob) not found
`;

async function run(script: string): Promise<string> {
  const r = await runScript({ script, shell: "bash" });
  return new TextDecoder().decode(r.output);
}

describe("account tools against recorded Debian output", () => {
  it("useradd, usermod, groupadd, groupdel, userdel", async () => {
    expect(await run(USERADD_SCRIPT)).toBe(USERADD_REAL);
  });
  it("passwd, chpasswd, and su checking the new hashes", async () => {
    expect(await run(PASSWD_SCRIPT)).toBe(PASSWD_REAL);
  });

  it("stores SHA-512 crypt hashes and keeps the file modes", async () => {
    const out = await run("echo 'student:n3wpass' | chpasswd; grep ^student: /etc/shadow | cut -d: -f2 | cut -c1-3; stat -c '%a %U %G' /etc/shadow /etc/passwd; ls /etc/shadow-");
    expect(out).toBe("$6$\n640 root shadow\n644 root root\n/etc/shadow-\n"); // as on Debian 12: root:shadow 0640
  });
});
