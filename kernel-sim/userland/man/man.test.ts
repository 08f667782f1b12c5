import { describe, expect, it } from "vitest";
import { Term } from "../editors/pty.test.ts";

describe("man and less on a pty", () => {
  it("man into a pipe prints the plain page as man-db lays it out", async () => {
    const t = await Term.open(40, 80);
    const s = await t.run("man ls | head -5");
    expect(s).toContain("LS(1)                            User Commands                           LS(1)\n\nNAME\n       ls - list directory contents");
    const k = await t.run("man -k directory");
    expect(k).toContain("ls (1)               - list directory contents");
    const n = await t.run("man nosuch; echo $?");
    expect(n).toContain("No manual entry for nosuch\n16");
  });

  it("man on the terminal pages through less; q quits", async () => {
    const t = await Term.open(24, 80);
    t.type("man ls\r");
    const s = await t.waitFor((x) => x.includes("Manual page ls(1) line 1"));
    expect(s.split("\n")[0]).toBe("LS(1)                            User Commands                           LS(1)");
    t.type(" ");
    await t.waitFor((x) => !x.includes("line 1 "));
    t.type("q");
    await t.waitFor((x) => /[#$]$/.test(x) && !x.includes("Manual page"));
  });

  it("less shows a file, searches, and passes through when stdout is not a terminal", async () => {
    const t = await Term.open(10, 40);
    await t.run("seq 1 100 > n.txt");
    t.type("less n.txt\r");
    await t.waitFor((x) => x.endsWith("n.txt") && x.startsWith("1\n2"));
    t.type("/50\r");
    await t.waitFor((x) => x.startsWith("50\n51"));
    t.type("G");
    await t.waitFor((x) => x.endsWith("(END)"));
    t.type("q");
    const s = await t.run("less n.txt | tail -1");
    expect(s).toContain("\n100\n");
  });
});
