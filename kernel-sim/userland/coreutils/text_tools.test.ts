import { describe, expect, it } from "vitest";
import { FakeSys, runFake } from "../lib/fake_sys.ts";
import type { ProgramMain } from "../lib/sys.ts";
import sort from "./sort.ts";
import uniq from "./uniq.ts";
import cut from "./cut.ts";
import tr from "./tr.ts";
import wc from "./wc.ts";
import head from "./head.ts";
import tail from "./tail.ts";
import seq from "./seq.ts";
import printf from "./printf.ts";
import tac from "./tac.ts";
import paste from "./paste.ts";
import basename from "./basename.ts";
import dirname from "./dirname.ts";

// Expected outputs recorded from GNU coreutils 9.1 (tests/differential/cases/coreutils).
async function run(main: ProgramMain, argv: string[], stdin = "", files: Record<string, string> = {}): Promise<string> {
  const fs = new FakeSys({ stdin, cwd: "/tmp" });
  for (const [k, v] of Object.entries(files)) fs.writeFile(k, v);
  const r = await runFake(main, argv, fs);
  return r.fs.output + (r.status ? `status ${r.status}\n` : "");
}

describe("sort", () => {
  it("orders as GNU in the C locale", async () => {
    expect(await run(sort, ["sort"], "b\nA\na\nB\n")).toBe("A\nB\na\nb\n");
    expect(await run(sort, ["sort", "-f"], "b\nA\na\nB\n")).toBe("A\na\nB\nb\n");
    expect(await run(sort, ["sort", "-s", "-k2,2"], "x 2\ny 1\nz 2\n")).toBe("y 1\nx 2\nz 2\n");
    expect(await run(sort, ["sort", "-c"], "a\nc\nb\n")).toBe("sort: -:3: disorder: b\nstatus 1\n");
    expect(await run(sort, ["sort", "-k1.3n"], "ab12\naa21\n")).toBe("ab12\naa21\n");
    expect(await run(sort, ["sort", "-n"], "10\n-2\n3.5\n\n+1\n0\n")).toBe("-2\n\n+1\n0\n3.5\n10\n");
    expect(await run(sort, ["sort", "-g"], "1e3\n2\n1.5e1\n")).toBe("2\n1.5e1\n1e3\n");
    expect(await run(sort, ["sort", "-V"], "v1.10\nv1.2\nv1.1\n")).toBe("v1.1\nv1.2\nv1.10\n");
    expect(await run(sort, ["sort", "-M"], "Mar\nJan\nFeb\n")).toBe("Jan\nFeb\nMar\n");
    expect(await run(sort, ["sort", "-rn"], "      2 c\n      3 a\n      1 b\n")).toBe("      3 a\n      2 c\n      1 b\n");
    expect(await run(sort, ["sort", "-t:", "-k3n"], "a:x:10\nb:y:9\n")).toBe("b:y:9\na:x:10\n");
  });
});

describe("uniq, cut, tr", () => {
  const f = "a\na\nb\na\nA\nc\nc\n";
  it("uniq", async () => {
    expect(await run(uniq, ["uniq", "-c"], f)).toBe("      2 a\n      1 b\n      1 a\n      1 A\n      2 c\n");
    expect(await run(uniq, ["uniq", "-d"], f)).toBe("a\nc\n");
    expect(await run(uniq, ["uniq", "-u"], f)).toBe("b\na\nA\n");
    expect(await run(uniq, ["uniq", "-i"], f)).toBe("a\nb\na\nc\n");
  });
  it("cut", async () => {
    const files = { "/tmp/f": "a:b:c:d\nnodelim\n" };
    expect(await run(cut, ["cut", "-d:", "-f1,3", "/tmp/f"], "", files)).toBe("a:c\nnodelim\n");
    expect(await run(cut, ["cut", "-s", "-d:", "-f-2", "/tmp/f"], "", files)).toBe("a:b\n");
    expect(await run(cut, ["cut", "-d:", "--complement", "-f2", "/tmp/f"], "", files)).toBe("a:c:d\nnodelim\n");
    expect(await run(cut, ["cut", "-c-2,5-"], "abcdef\n")).toBe("abef\n");
    expect(await run(cut, ["cut", "-f0"], "a\n")).toBe("cut: fields are numbered from 1\nTry 'cut --help' for more information.\nstatus 1\n");
    expect(await run(cut, ["cut", "-d", "ab", "-f1"], "a\n")).toBe("cut: the delimiter must be a single character\nTry 'cut --help' for more information.\nstatus 1\n");
  });
  it("tr", async () => {
    expect(await run(tr, ["tr", "a-z", "A-Z"], "hello\n")).toBe("HELLO\n");
    expect(await run(tr, ["tr", "-s", " "], "aa  bb   c\n")).toBe("aa bb c\n");
    expect(await run(tr, ["tr", "-cd", "0-9"], "abc123\n")).toBe("123");
    expect(await run(tr, ["tr", "[:lower:]", "[:upper:]"], "Hello World\n")).toBe("HELLO WORLD\n");
    expect(await run(tr, ["tr", ",;", "\\n\\n"], "a,b;c\n")).toBe("a\nb\nc\n");
    expect(await run(tr, ["tr", "abc", "x"], "abc\n")).toBe("xxx\n");
    expect(await run(tr, ["tr", "\\0", "\\n"], "x\0y")).toBe("x\ny");
  });
});

describe("wc, head, tail, seq, printf", () => {
  it("wc widths", async () => {
    const files = { "/tmp/a": "one two\nthree\n", "/tmp/b": "x" };
    expect(await run(wc, ["wc", "/tmp/a", "/tmp/b"], "", files)).toBe(" 2  3 14 /tmp/a\n 0  1  1 /tmp/b\n 2  4 15 total\n");
    expect(await run(wc, ["wc", "-L", "/tmp/a"], "", files)).toBe("7 /tmp/a\n");
    expect(await run(wc, ["wc", "/tmp/nope"])).toBe("wc: /tmp/nope: No such file or directory\nstatus 1\n");
  });
  it("head and tail", async () => {
    const ten = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";
    expect(await run(head, ["head", "-n", "-7"], ten)).toBe("1\n2\n3\n");
    expect(await run(head, ["head", "-2"], ten)).toBe("1\n2\n");
    expect(await run(tail, ["tail", "-n", "+8"], ten)).toBe("8\n9\n10\n");
    expect(await run(tail, ["tail", "-c", "4"], ten)).toBe("\n10\n".slice(0, 4).padStart(4, "9"));
    expect(await run(head, ["head", "/tmp/x", "/tmp/nope"], "", { "/tmp/x": "a\n" })).toBe("==> /tmp/x <==\na\nhead: cannot open '/tmp/nope' for reading: No such file or directory\nstatus 1\n");
  });
  it("seq forms", async () => {
    expect(await run(seq, ["seq", "-w", "8", "11"])).toBe("08\n09\n10\n11\n");
    expect(await run(seq, ["seq", "-s,", "4"])).toBe("1,2,3,4\n");
    expect(await run(seq, ["seq", "0.5", "0.5", "2"])).toBe("0.5\n1.0\n1.5\n2.0\n");
    expect(await run(seq, ["seq", "5", "-2", "0"])).toBe("5\n3\n1\n");
    expect(await run(seq, ["seq", "-f", "%03g", "3"])).toBe("001\n002\n003\n");
    expect(await run(seq, ["seq", "3", "1"])).toBe("");
  });
  it("printf", async () => {
    expect(await run(printf, ["/usr/bin/printf", "%s|%5.2f|%-4d|%x|%o|%c\\n", "str", "3.14159", "7", "255", "8", "char"])).toBe("str| 3.14|7   |ff|10|c\n");
    expect(await run(printf, ["/usr/bin/printf", "%d\\n", "x"])).toBe("/usr/bin/printf: 'x': expected a numeric value\n0\nstatus 1\n");
    expect(await run(printf, ["printf", "%s %s\\n", "a", "b", "c"])).toBe("a b\nc \n");
    expect(await run(printf, ["printf", "%e %g %G\\n", "1234.5", "0.0001", "1e20"])).toBe("1.234500e+03 0.0001 1E+20\n");
  });
  it("tac, paste, basename, dirname", async () => {
    expect(await run(tac, ["tac"], "a\nb\nc")).toBe("cb\na\n");
    expect(await run(paste, ["paste", "-s", "-d,"], "1\n2\n3\n")).toBe("1,2,3\n");
    expect(await run(paste, ["paste", "-", "-"], "one\ntwo\n")).toBe("one\ttwo\n");
    expect(await run(basename, ["basename", "-s", ".c", "x.c", "y.c"])).toBe("x\ny\n");
    expect(await run(basename, ["basename", "/"])).toBe("/\n");
    expect(await run(dirname, ["dirname", "/usr/lib/", "file", "/"])).toBe("/usr\n.\n/\n");
  });
});
