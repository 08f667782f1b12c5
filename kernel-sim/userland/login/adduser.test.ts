// End-to-end scripts for Debian's adduser/deluser (adduser 3.134) and for gpasswd and chsh
// (shadow-utils 4.13), compared with what the real tools printed on Debian 12. To re-record:
// run each script with bash as root on a Debian 12 machine.

import { describe, expect, it } from "vitest";
import { runScript } from "../../host/index.ts";

const ADDUSER_SCRIPT = `printf 'pw12345\\npw12345\\n' | adduser --gecos 'Alice A,,,' alice; echo "rc=$?"
grep alice /etc/passwd; grep ^alice /etc/group; ls -ld /home/alice | cut -c1-10; ls -A /home/alice
adduser alice; echo "rc=$?"
adduser --disabled-password --gecos "" bob; echo "rc=$?"
grep ^bob: /etc/shadow | cut -d: -f1,2
adduser alice sudo; echo "rc=$?"
adduser alice sudo; echo "rc=$?"
adduser nosuch sudo; echo "rc=$?"
adduser alice nosuchg; echo "rc=$?"
id alice
deluser alice sudo; echo "rc=$?"
deluser --remove-home alice; echo "rc=$?"; ls -d /home/alice
deluser bob; echo "rc=$?"; rm -rf /home/bob
deluser nosuch; echo "rc=$?"
addgroup devs; echo "rc=$?"
addgroup devs; echo "rc=$?"
delgroup devs; echo "rc=$?"
grep -E 'alice|bob|devs' /etc/passwd /etc/group /etc/shadow; echo "rc=$?"
`;

const ADDUSER_REAL = `Adding user \`alice' ...
Adding new group \`alice' (1001) ...
Adding new user \`alice' (1001) with group \`alice (1001)' ...
Creating home directory \`/home/alice' ...
Copying files from \`/etc/skel' ...
New password: Retype new password: passwd: password updated successfully
Adding new user \`alice' to supplemental / extra groups \`users' ...
Adding user \`alice' to group \`users' ...
rc=0
alice:x:1001:1001:Alice A,,,:/home/alice:/bin/bash
alice:x:1001:
drwx------
.bash_logout
.bashrc
.profile
adduser: The user \`alice' already exists.
rc=1
Adding user \`bob' ...
Adding new group \`bob' (1002) ...
Adding new user \`bob' (1002) with group \`bob (1002)' ...
Creating home directory \`/home/bob' ...
Copying files from \`/etc/skel' ...
Adding new user \`bob' to supplemental / extra groups \`users' ...
Adding user \`bob' to group \`users' ...
rc=0
bob:!
Adding user \`alice' to group \`sudo' ...
Done.
rc=0
adduser: The user \`alice' is already a member of \`sudo'.
rc=0
adduser: The user \`nosuch' does not exist.
rc=1
adduser: The group \`nosuchg' does not exist.
rc=1
uid=1001(alice) gid=1001(alice) groups=1001(alice),27(sudo),100(users)
Removing user \`alice' from group \`sudo' ...
Done.
rc=0
deluser: \`/usr/bin/crontab' not executed. Skipping crontab removal. Package \`cron' required.
Looking for files to backup/remove ...
Removing files ...
Removing user \`alice' ...
Done.
rc=0
ls: cannot access '/home/alice': No such file or directory
deluser: \`/usr/bin/crontab' not executed. Skipping crontab removal. Package \`cron' required.
Removing user \`bob' ...
Done.
rc=0
deluser: The user \`nosuch' does not exist.
rc=2
Adding group \`devs' (GID 1001) ...
Done.
rc=0
addgroup: The group \`devs' already exists.
rc=1
Removing group \`devs' ...
Done.
rc=0
rc=1
`;

const GPASSWD_SCRIPT = `useradd -m -s /bin/sh alice
echo 'alice:alicepw1' | chpasswd
gpasswd -a alice adm; echo "rc=$?"
gpasswd -a alice adm; echo "rc=$?"
grep ^adm: /etc/group
gpasswd -d alice adm; echo "rc=$?"
gpasswd -d alice adm; echo "rc=$?"
gpasswd -a nosuch adm; echo "rc=$?"
gpasswd -a alice nosuchg; echo "rc=$?"
gpasswd; echo "rc=$?"
su alice -c 'gpasswd -a alice adm'; echo "rc=$?"
chsh -s /bin/bash alice; echo "rc=$?"; grep ^alice /etc/passwd
chsh -s /bin/nosuch alice; echo "rc=$?"
chsh -s /bin/sh alice; echo "rc=$?"
chsh -s /bin/sh nosuch; echo "rc=$?"
echo alicepw1 | su alice -c 'chsh -s /bin/bash'; echo "rc=$?"; grep ^alice /etc/passwd
echo wrong | su alice -c 'chsh -s /bin/sh'; echo "rc=$?"
echo alicepw1 | su alice -c 'chsh -s /usr/bin/nosuch'; echo "rc=$?"
echo alicepw1 | su alice -c 'chsh -s /bin/sh root'; echo "rc=$?"
printf '/bin/sh\\n' | chsh alice; echo "rc=$?"; grep ^alice /etc/passwd
userdel -r alice 2>/dev/null
`;

const GPASSWD_REAL = `Adding user alice to group adm
rc=0
Adding user alice to group adm
rc=0
adm:x:4:alice
Removing user alice from group adm
rc=0
Removing user alice from group adm
gpasswd: user 'alice' is not a member of 'adm'
rc=3
gpasswd: user 'nosuch' does not exist
rc=3
gpasswd: group 'nosuchg' does not exist in /etc/group
rc=3
Usage: gpasswd [option] GROUP

Options:
  -a, --add USER                add USER to GROUP
  -d, --delete USER             remove USER from GROUP
  -h, --help                    display this help message and exit
  -Q, --root CHROOT_DIR         directory to chroot into
  -r, --remove-password         remove the GROUP's password
  -R, --restrict                restrict access to GROUP to its members
  -M, --members USER,...        set the list of members of GROUP
  -A, --administrators ADMIN,...
                                set the list of administrators for GROUP
Except for the -A and -M options, the options cannot be combined.
rc=2
gpasswd: Permission denied.
rc=1
rc=0
alice:x:1001:1001::/home/alice:/bin/bash
chsh: Warning: /bin/nosuch does not exist
rc=0
rc=0
chsh: user 'nosuch' does not exist
rc=1
Password: rc=0
alice:x:1001:1001::/home/alice:/bin/bash
Password: chsh: PAM: Authentication failure
rc=1
Password: chsh: /usr/bin/nosuch is an invalid shell
rc=1
You may not change the shell for 'root'.
rc=1
Changing the login shell for alice
Enter the new value, or press ENTER for the default
	Login Shell [/bin/bash]: rc=0
alice:x:1001:1001::/home/alice:/bin/sh
`;

async function run(script: string): Promise<string> {
  const r = await runScript({ script, shell: "bash" });
  return new TextDecoder().decode(r.output);
}

describe("account tools against recorded Debian output", () => {
  it("adduser, deluser, addgroup, delgroup", async () => {
    expect(await run(ADDUSER_SCRIPT)).toBe(ADDUSER_REAL);
  });
  it("gpasswd -a/-d and chsh", async () => {
    expect(await run(GPASSWD_SCRIPT)).toBe(GPASSWD_REAL);
  });
});
