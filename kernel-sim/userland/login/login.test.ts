import { describe, expect, it } from "vitest";
import { Term } from "../editors/pty.test.ts";

describe("su, sudo and dmesg through a pty", () => {
  it("su - gives the target a login: clean env, home, login shell", async () => {
    const t = await Term.open(30, 100);
    const s = await t.run("su - student -c 'id -u; pwd; echo $HOME $USER $0'");
    expect(s).toContain("1000\n/home/student\n/home/student student -bash");
    const k = await t.run("su student -c 'pwd; echo $USER'");
    expect(k).toContain("/root\nstudent");
  });

  it("sudo as root runs the command; dmesg reads the kernel log", async () => {
    const t = await Term.open(30, 100);
    const s = await t.run("sudo -u student id -un");
    expect(s).toContain("\nstudent\n");
    const d = await t.run("dmesg >/dev/null; echo rc=$?");
    expect(d).toContain("\nrc=0\n");
  });
});

describe("passwords through a pty", () => {
  it("sudo asks student for the password of /etc/shadow's hash; -n refuses to ask", async () => {
    const t = await Term.open(30, 100);
    t.type("su - student\r");
    await t.waitFor((s) => s.endsWith("$"));
    let s = await t.run("sudo -n true; echo rc=$?");
    expect(s).toContain("sudo: a password is required\nrc=1");
    t.type("sudo id -u\r");
    await t.waitFor((x) => x.endsWith("[sudo] password for student:"));
    t.type("wrong\r");
    await t.waitFor((x) => x.includes("Sorry, try again.\n[sudo] password for student:"));
    t.type("student\r");
    s = await t.waitFor((x) => /\n0\n.*\$$/.test(x));
    expect(s).not.toContain("student\n0"); // no echo of the password
    s = await t.run("sudo -n id -un; sudo -k; sudo -n true; echo rc=$?");
    expect(s).toContain("\nroot\nsudo: a password is required\nrc=1\n"); // cached for this tty until -k
    s = await t.run("echo student | sudo -S id -u");
    expect(s).toContain("[sudo] password for student: 0\n");
  });

  it("passwd changes student's password; su then takes the new one", async () => {
    const t = await Term.open(30, 100);
    t.type("su - student\r");
    await t.waitFor((s) => s.endsWith("$"));
    t.type("passwd\r");
    await t.waitFor((x) => x.endsWith("Changing password for student.\nCurrent password:"));
    t.type("student\r");
    await t.waitFor((x) => x.endsWith("New password:"));
    t.type("abc\r");
    await t.waitFor((x) => x.endsWith("Retype new password:"));
    t.type("abc\r");
    await t.waitFor((x) => x.endsWith("You must choose a longer password.\nNew password:"));
    t.type("l0nger-pass\r");
    await t.waitFor((x) => x.endsWith("Retype new password:"));
    t.type("l0nger-pass\r");
    await t.waitFor((x) => /passwd: password updated successfully\n.*\$$/.test(x));
    t.type("su student -c 'echo ok'\r");
    await t.waitFor((x) => x.endsWith("Password:"));
    t.type("student\r");
    await t.waitFor((x) => /su: Authentication failure\n.*\$$/.test(x));
    t.type("su student -c 'echo ok'\r");
    await t.waitFor((x) => /failure\n.*\$ su student -c 'echo ok'\nPassword:$/.test(x));
    t.type("l0nger-pass\r");
    await t.waitFor((x) => /\nok\n.*\$$/.test(x));
  });
});

describe("adduser through a pty", () => {
  it("asks for the password and the GECOS fields, then the user can log in", async () => {
    const t = await Term.open(30, 100);
    t.type("adduser carol\r");
    await t.waitFor((x) => x.endsWith("Copying files from `/etc/skel' ...\nNew password:"));
    t.type("carol-pw1\r");
    await t.waitFor((x) => x.endsWith("Retype new password:"));
    t.type("carol-pw1\r");
    await t.waitFor((x) => x.endsWith("passwd: password updated successfully\nChanging the user information for carol\nEnter the new value, or press ENTER for the default\n\tFull Name []:".replace("\t", "        ")));
    t.type("Carol C\r");
    for (const q of ["Room Number", "Work Phone", "Home Phone", "Other"]) {
      await t.waitFor((x) => x.endsWith(`${q} []:`));
      t.type("\r");
    }
    await t.waitFor((x) => x.endsWith("Is the information correct? [Y/n]"));
    t.type("\r");
    await t.waitFor((x) => /Adding user `carol' to group `users' \.\.\.\n.*#$/.test(x));
    const s = await t.run("grep ^carol: /etc/passwd");
    expect(s).toContain("carol:x:1001:1001:Carol C,,,:/home/carol:/bin/bash");
  });
});
