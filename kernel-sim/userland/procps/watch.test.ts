import { describe, expect, it } from "vitest";
import { Term } from "../editors/pty.test.ts";
import { highlight, layout, title } from "./watch.ts";

describe("watch on a terminal", () => {
  it("shows the title and the output, refreshes, and gives the screen back on ^C", async () => {
    const t = await Term.open(24, 80);
    t.type("watch -n 0.2 'echo x >> /tmp/c; wc -l < /tmp/c'\r");
    const s = await t.waitFor((x) => /^[3-9]$/m.test(x));
    const l = s.split("\n");
    expect(l[0]).toMatch(/^Every 0\.2s: echo x >> \/tmp\/c; wc -l < \/tmp\/c +vlab: \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}$/);
    expect(l[0]).toHaveLength(80);
    expect(l[1]).toBe("");
    t.type("\x03");
    const back = await t.waitFor((x) => /[#$]$/.test(x.split("\n").pop()!) && !x.includes("Every"));
    expect(back).toContain("# watch -n 0.2");
    const s2 = await t.run("echo $?");
    expect(s2).toMatch(/\n130\n/);
  });

  it("redraws the title at the new width on SIGWINCH", async () => {
    const t = await Term.open(24, 60);
    t.type("watch -n 5 echo hi\r");
    let s = await t.waitFor((x) => x.startsWith("Every 5.0s: echo hi"));
    expect(s.split("\n")[0]).toHaveLength(60);
    (t.endpoint as unknown as { resize(rows: number, cols: number): void }).resize(24, 100);
    t.screen.term.resize(100, 24);
    s = await t.waitFor((x) => x.split("\n")[0]!.length === 100);
    expect(s.split("\n")[0]).toMatch(/^Every 5\.0s: echo hi +vlab: /);
    t.type("\x03");
    await t.waitFor((x) => /[#$]$/.test(x.split("\n").pop()!));
  });

  it("-t drops the title", async () => {
    const t = await Term.open(24, 80);
    t.type("watch -t -n 1 echo hello there\r");
    const s = await t.waitFor((x) => x.startsWith("hello there"));
    expect(s).not.toContain("Every");
    t.type("\x03");
    await t.waitFor((x) => /[#$]$/.test(x.split("\n").pop()!));
  });
});

describe("watch layout", () => {
  it("puts HOST: DATE flush right and wraps long lines", () => {
    expect(title(1, "echo hi; echo there", "vm", "Tue Dec  1 20:02:31 2026", 70)).toBe("Every 1.0s: echo hi; echo there           vm: Tue Dec  1 20:02:31 2026");
    expect(layout("abcdef\n\tx\n", 4, true)).toEqual(["abcd", "ef", "", "x"]);
    expect(layout("abcdef\n", 4, false)).toEqual(["abcd"]);
  });

  it("-d marks the characters that changed", () => {
    expect(highlight(["12:05", "same"], ["12:04", "same"])).toEqual(["12:0\x1b[7m5\x1b[0m", "same"]);
    expect(highlight(["new"], [])).toEqual(["\x1b[7mnew\x1b[0m"]);
  });
});
