import { describe, expect, it } from "vitest";
import { Term } from "./pty.test.ts";

describe("nano on a pty", () => {
  it("opens, edits, saves with ^O and exits with ^X", async () => {
    const t = await Term.open();
    await t.run("printf 'hello world\\nsecond line\\n' > f.txt");
    t.type("nano f.txt\r");
    let s = await t.waitFor((x) => x.includes("[ Read 2 lines ]"));
    const lines = await t.lines();
    expect(lines[0]).toBe("  GNU nano 7.2                          f.txt");
    expect(lines[1]).toBe("hello world");
    expect(lines[22]).toBe("^G Help      ^O Write Out ^W Where Is  ^K Cut       ^T Execute   ^C Location");
    t.type("X");
    s = await t.waitFor((x) => x.includes("f.txt *"));
    expect(s).toContain("Xhello world");
    t.type("\x0f");
    await t.waitFor((x) => x.includes("File Name to Write: f.txt"));
    t.type("\r");
    await t.waitFor((x) => x.includes("[ Wrote 2 lines ]"));
    t.type("\x18");
    s = await t.run("cat f.txt");
    expect(s).toContain("Xhello world\nsecond line");
  });

  it("asks 'Save modified buffer?' on ^X, cuts and pastes lines", async () => {
    const t = await Term.open();
    t.type("nano new.txt\r");
    await t.waitFor((x) => x.includes("[ New File ]"));
    t.type("one\rtwo\r\x1b[A\x1b[A\x0b\x1b[B\x15");
    await t.waitFor((x) => x.includes("two\none"));
    t.type("\x18");
    await t.waitFor((x) => x.includes("Save modified buffer?"));
    t.type("y");
    await t.waitFor((x) => x.includes("File Name to Write: new.txt"));
    t.type("\r");
    const s = await t.run("cat new.txt");
    expect(s).toContain("two\none\n");
  });
});

describe("vi on a pty", () => {
  it("inserts, deletes lines, writes and quits", async () => {
    const t = await Term.open();
    await t.run("printf 'a\\nb\\nc\\n' > v.txt");
    t.type("vi v.txt\r");
    await t.waitFor((x) => x.includes('"v.txt" 3L, 6B'));
    expect((await t.lines())[1]).toBe("b");
    t.type("ix");
    await t.waitFor((x) => x.includes("-- INSERT --"));
    await new Promise((r) => setTimeout(r, 20));
    t.type("\x1b");
    await t.waitFor((x) => !x.includes("-- INSERT --"));
    t.type("jdd");
    await t.waitFor((x) => x.startsWith("xa\nc"));
    t.type(":q\r");
    await t.waitFor((x) => x.includes("E37: No write since last change (add ! to override)"));
    t.type(":wq\r");
    const s = await t.run("cat v.txt");
    expect(s).toContain("xa\nc\n");
  });
});
