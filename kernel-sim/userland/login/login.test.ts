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
