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
