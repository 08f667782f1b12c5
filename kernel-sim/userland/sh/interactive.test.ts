// The interactive shell on a pty: ^C must always bring the prompt back (bash's behaviour).
import { describe, expect, it } from "vitest";
import { Term } from "../editors/pty.test.ts";

describe("interactive ^C", () => {
  it("stops a loop the shell runs itself and gives status 130", async () => {
    const t = await Term.open();
    t.type("while :; do :; done\r");
    await new Promise((r) => setTimeout(r, 200));
    t.type("\x03");
    await t.waitFor((s) => /\^C\nroot@vlab:~# ?$/.test(s));
    const s = await t.run("echo status $?");
    expect(s).toContain("status 130");
  });

  it("stops a loop around a foreground job killed by ^C", async () => {
    const t = await Term.open();
    t.type("for i in 1 2 3; do sleep 1; echo $i; done\r");
    await new Promise((r) => setTimeout(r, 300));
    t.type("\x03");
    await t.waitFor((s) => /\^C\nroot@vlab:~# ?$/.test(s));
    const s = await t.run("echo after $?");
    expect(s).not.toMatch(/^1$/m);
    expect(s).toContain("after 130");
  });
});

describe("interactive job control, history and completion", () => {
  it("stops a job with ^Z, lists it, and brings it back with fg", async () => {
    const t = await Term.open();
    t.type("sleep 100\r");
    await new Promise((r) => setTimeout(r, 200));
    t.type("\x1a");
    const stopped = await t.waitFor((s) => /\[1\]\+ +Stopped +sleep 100\nroot@vlab:~# ?$/.test(s));
    expect(stopped).toMatch(/\^Z\n\[1\]\+  Stopped                 sleep 100/);
    const jobs = await t.run("jobs");
    expect(jobs).toMatch(/\[1\]\+  Stopped                 sleep 100/);
    t.type("fg\r");
    await t.waitFor((s) => /\nsleep 100\n?$/.test(s.trimEnd() + "\n"));
    t.type("\x03");
    const s = await t.run("echo fg status $?");
    expect(s).toContain("fg status 130");
  });

  it("recalls the previous line with the up arrow and completes a command with Tab", async () => {
    const t = await Term.open();
    await t.run("echo first-line");
    t.type("\x1b[A\r");
    await t.waitFor((s) => (s.match(/^first-line$/gm) ?? []).length === 2);
    t.type("hostna\t");
    await t.waitFor((s) => /# hostname ?$/.test(s));
    t.type("\r");
    await t.waitFor((s) => /^vlab$/m.test(s));
  });
});
