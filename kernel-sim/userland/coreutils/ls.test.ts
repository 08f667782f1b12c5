import { describe, expect, it } from "vitest";
import ls from "./ls.ts";
import { FakeSys, runFake } from "../lib/fake_sys.ts";
import { fitColumns, columnLines, lsDate } from "./ls_format.ts";
import { shellEscape } from "./ls_quote.ts";

// 2026-12-01 19:02:00 UTC
const NOW = 1_764_615_720_000_000_000n;

function tree(opts: { cols?: number } = {}): FakeSys {
  const fs = new FakeSys({ now: NOW, cwd: "/t", ...opts });
  fs.writeFile("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\n");
  fs.writeFile("/etc/group", "root:x:0:\n");
  fs.mkdirp("/t/d");
  fs.writeFile("/t/new", "hi\n", 0o755);
  fs.writeFile("/t/old", "", 0o644, 1_577_934_240_000_000_000n);
  fs.writeFile("/t/it's", "");
  fs.writeFile("/t/sp ace", "");
  fs.sys.symlink("new", "/t/lnk");
  fs.sys.symlink("nowhere", "/t/broken");
  return fs;
}

describe("ls", () => {
  it("lists one per line when not a terminal", async () => {
    const r = await runFake(ls, ["ls"], tree());
    expect(r.stdout).toBe("broken\nd\nit's\nlnk\nnew\nold\nsp ace\n");
    expect(r.status).toBe(0);
  });

  it("ls -l matches GNU (recent and old dates, links, total)", async () => {
    const r = await runFake(ls, ["ls", "-l"], tree());
    expect(r.stdout).toBe(
      "total 8\n" +
        "lrwxrwxrwx 1 root root    7 Dec  1 19:02 broken -> nowhere\n" +
        "drwxr-xr-x 2 root root 4096 Dec  1 19:02 d\n" +
        "-rw-r--r-- 1 root root    0 Dec  1 19:02 it's\n" +
        "lrwxrwxrwx 1 root root    3 Dec  1 19:02 lnk -> new\n" +
        "-rwxr-xr-x 1 root root    3 Dec  1 19:02 new\n" +
        "-rw-r--r-- 1 root root    0 Jan  2  2020 old\n" +
        "-rw-r--r-- 1 root root    0 Dec  1 19:02 sp ace\n",
    );
  });

  it("quotes and aligns names on a terminal, with tabs", async () => {
    const r = await runFake(ls, ["ls"], tree({ cols: 40 }));
    expect(r.stdout).toBe(" broken  \"it's\"   new  'sp ace'\n d\t  lnk\t  old\n");
  });

  it("-F classifies, -d lists directories themselves, errors exit 2", async () => {
    let r = await runFake(ls, ["ls", "-F"], tree());
    expect(r.stdout).toBe("broken@\nd/\nit's\nlnk@\nnew*\nold\nsp ace\n");
    r = await runFake(ls, ["ls", "-d", ".", "d", "nosuch", "old"], tree());
    expect(r.stdout).toBe(".\nd\nold\n");
    expect(r.stderr).toBe("ls: cannot access 'nosuch': No such file or directory\n");
    expect(r.status).toBe(2);
  });

  it("--color=always paints like GNU's defaults", async () => {
    const r = await runFake(ls, ["ls", "--color=always", "d", "new", "old"], tree());
    expect(r.stdout).toBe("\x1b[0m\x1b[01;32mnew\x1b[0m\nold\n\nd:\n");
  });

  it("-R prints each directory with a header", async () => {
    const fs = tree();
    fs.writeFile("/t/d/x", "");
    const r = await runFake(ls, ["ls", "-R", "d"], fs);
    expect(r.stdout).toBe("d:\nx\n");
  });

  it("bad options say what GNU says", async () => {
    const r = await runFake(ls, ["ls", "-y"], tree());
    expect(r.stderr).toBe("ls: invalid option -- 'y'\nTry 'ls --help' for more information.\n");
    expect(r.status).toBe(2);
  });
});

describe("ls helpers", () => {
  it("dates: six months rule", () => {
    expect(lsDate(NOW - 86400n * 1_000_000_000n, NOW, "locale")).toBe("Nov 30 19:02");
    expect(lsDate(NOW - 200n * 86400n * 1_000_000_000n, NOW, "locale")).toBe("May 15  2025");
    expect(lsDate(NOW + 3600n * 1_000_000_000n, NOW, "locale")).toBe("Dec  1  2025");
  });
  it("shell-escape quoting", () => {
    expect(shellEscape("a b")).toBe("'a b'");
    expect(shellEscape("it's")).toBe('"it\'s"');
    expect(shellEscape("plain.txt")).toBe("plain.txt");
  });
  it("columns as GNU for COLUMNS=30", () => {
    const names = ["big", "broken", "d", "ff", "it's", "lnk", "new", "old", "sp ace"];
    const items = names.map((n) => ({ text: n, width: n.length }));
    expect(columnLines(items, 30, false)).toEqual(["big\td   it's  new  sp ace", "broken\tff  lnk   old"]);
    expect(columnLines(items, 30, true)).toEqual(["big\tbroken\td    ff", "it's\tlnk\tnew  old", "sp ace"]);
    expect(fitColumns([1, 1], 80, true).length).toBe(2);
  });
});
