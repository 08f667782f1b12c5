import { describe, expect, it } from "vitest";
import { Readline, type ReadlineOptions } from "./readline.ts";
import { FakeTty } from "./fake_tty.ts";
import { VScreen } from "./screen.test.ts";
import { shellCompleter } from "./complete_shell.ts";
import { formatMatchList } from "./complete.ts";
import { ICANON } from "../../../uapi/termios.ts";

function setup(opts: Partial<ReadlineOptions> = {}, size = { rows: 10, cols: 40 }) {
  const tty = new FakeTty(size);
  const screen = new VScreen(size.rows, size.cols);
  tty.onOutput((s) => screen.write(s));
  const vars: Record<string, string> = { HOME: "/root", PATH: "/usr/bin" };
  const rl = new Readline(tty.sys, { getVar: (n) => vars[n], ...opts });
  return { tty, screen, rl, vars };
}

const LEFT = "\x1b[D";
const UP = "\x1b[A";
const DOWN = "\x1b[B";

describe("readline: typing and editing keys", () => {
  it("returns the typed line on Enter and puts the terminal back", async () => {
    const { tty, rl, screen } = setup();
    const p = rl.readLine("$ ");
    tty.type("echo hi\r");
    expect(await p).toBe("echo hi");
    expect(await screen.lines()).toEqual(["$ echo hi"]);
    expect(tty.termios.lflag & ICANON).toBe(ICANON);
  });

  it("moves with arrows, ^A ^E ^B ^F, and inserts in the middle", async () => {
    const { tty, rl, screen } = setup();
    const p = rl.readLine("$ ");
    tty.type("eco hi" + LEFT + LEFT + LEFT + LEFT + "h\x01X\x05!\x02\x02\x06Y\r");
    expect(await p).toBe("Xecho hiY!");
    expect(await screen.lines()).toEqual(["$ Xecho hiY!"]);
  });

  it("kills and yanks: ^K ^U ^W ^Y", async () => {
    const { tty, rl } = setup();
    let p = rl.readLine("$ ");
    tty.type("one two three\x17\x17\x19\r"); // ^W ^W: kill "two three" as one; ^Y puts it back
    expect(await p).toBe("one two three");
    p = rl.readLine("$ ");
    tty.type("abc def\x01\x06\x0b\x05 \x19\r"); // ^K after "a": kills "bc def"
    expect(await p).toBe("a bc def");
    p = rl.readLine("$ ");
    tty.type("abc def\x02\x02\x15X\r"); // ^U kills back to the start
    expect(await p).toBe("Xef");
  });

  it("Alt-b / Alt-f move by words; Delete and Backspace remove characters", async () => {
    const { tty, rl } = setup();
    const p = rl.readLine("$ ");
    tty.type("cat /etc/passwd\x1bb\x1bb_\x1bf\x1b[3~\x7f\r");
    expect(await p).toBe("cat /_etcpasswd".replace("etcp", "etp"));
  });

  it("^L clears the screen and redraws the prompt and line at the top", async () => {
    const { tty, rl, screen } = setup();
    tty.type("\r");
    await rl.readLine("$ ");
    const p = rl.readLine("$ ");
    tty.type("ls\x0c");
    await tty.idle();
    expect(await screen.lines()).toEqual(["$ ls"]);
    tty.type("\r");
    await p;
  });

  it("^C abandons the line, ^D on an empty line is end of input", async () => {
    const { tty, rl, screen } = setup();
    let p = rl.readLine("$ ");
    tty.type("sleep 10\x03");
    expect(await p).toBe("\x03");
    expect(await screen.lines()).toEqual(["$ sleep 10^C"]);
    p = rl.readLine("$ ");
    tty.type("\x04");
    expect(await p).toBe(null);
  });

  it("wraps a long line over rows and edits across the wrap", async () => {
    const { tty, rl, screen } = setup({}, { rows: 6, cols: 10 });
    const p = rl.readLine("$ ");
    tty.type("abcdefghijklmnop");
    await tty.idle();
    expect(await screen.lines()).toEqual(["$ abcdefgh", "ijklmnop"]);
    tty.type("\x01X");
    await tty.idle();
    expect(await screen.lines()).toEqual(["$ Xabcdefg", "hijklmnop"]);
    expect(await screen.cursor()).toEqual({ row: 0, col: 3 });
    tty.type("\r");
    expect(await p).toBe("Xabcdefghijklmnop");
  });

  it("a prompt with colours takes only its visible width", async () => {
    const { tty, rl, screen } = setup({}, { rows: 4, cols: 20 });
    const p = rl.readLine("\x1b[01;31mroot\x1b[00m# ");
    tty.type("abc\x02Z");
    await tty.idle();
    expect(await screen.lines()).toEqual(["root# abZc"]);
    expect(await screen.cursor()).toEqual({ row: 0, col: 9 });
    tty.type("\r");
    await p;
  });
});

describe("readline: history", () => {
  it("Up and Down walk the history; a line being typed is kept", async () => {
    const { tty, rl, screen } = setup();
    for (const l of ["first", "second"]) {
      const p = rl.readLine("$ ");
      tty.type(l + "\r");
      await p;
    }
    const p = rl.readLine("$ ");
    tty.type("thi" + UP);
    await tty.idle();
    expect((await screen.lines()).pop()).toBe("$ second");
    tty.type(UP + UP + DOWN + DOWN + DOWN);
    await tty.idle();
    expect((await screen.lines()).pop()).toBe("$ thi");
    tty.type(UP + UP + " again\r");
    expect(await p).toBe("first again");
    expect(rl.history.entries).toEqual(["first", "second", "first again"]);
  });

  it("expands !! and !n and prints the expanded line; an unknown event is an error", async () => {
    const { tty, rl, screen } = setup();
    let p = rl.readLine("$ ");
    tty.type("echo one\r");
    await p;
    p = rl.readLine("$ ");
    tty.type("!! two\r");
    expect(await p).toBe("echo one two");
    p = rl.readLine("$ ");
    tty.type("!1 !$\r");
    expect(await p).toBe("echo one two");
    p = rl.readLine("$ ");
    tty.type("!nosuch\r");
    expect(await p).toBe("");
    expect(await screen.lines()).toEqual(["$ echo one", "$ !! two", "echo one two", "$ !1 !$", "echo one two", "$ !nosuch", "bash: !nosuch: event not found"]);
  });

  it("^R searches backwards incrementally; Enter runs the match", async () => {
    const { tty, rl, screen } = setup();
    for (const l of ["ls -la", "cat notes", "ls /tmp"]) {
      const p = rl.readLine("$ ");
      tty.type(l + "\r");
      await p;
    }
    const p = rl.readLine("$ ");
    tty.type("\x12ls");
    await tty.idle();
    expect((await screen.lines()).pop()).toBe("(reverse-i-search)`ls': ls /tmp");
    tty.type("\x12");
    await tty.idle();
    expect((await screen.lines()).pop()).toBe("(reverse-i-search)`ls': ls -la");
    tty.type("x");
    await tty.idle();
    expect((await screen.lines()).pop()).toBe("(failed reverse-i-search)`lsx': ls -la");
    tty.type("\x7f\x1b[C\x05 /\r");
    expect(await p).toBe("ls -la /");
  });

  it("saves lines to ~/.bash_history and reads them back (HISTCONTROL=ignoreboth)", async () => {
    const { tty, rl, vars } = setup();
    vars.HISTCONTROL = "ignoreboth";
    for (const l of ["pwd", "pwd", " secret", "id"]) {
      const p = rl.readLine("$ ");
      tty.type(l + "\r");
      await p;
    }
    await new Promise((r) => setTimeout(r, 0));
    expect(tty.fs.readFile("/root/.bash_history")).toBe("pwd\nid\n");
    const rl2 = new Readline(tty.sys, { getVar: (n) => vars[n] });
    const p = rl2.readLine("$ ");
    tty.type(UP + UP + "\r");
    expect(await p).toBe("pwd");
  });
});

describe("readline: Tab completion", () => {
  function withFiles() {
    const s = setup();
    const fs = s.tty.fs;
    for (const f of ["alpha", "alphabet", "alps", "al x"]) fs.writeFile(`/root/${f}`, "");
    fs.mkdirp("/root/aldir");
    fs.writeFile("/usr/bin/ls", "", 0o755);
    fs.writeFile("/usr/bin/lsblk", "", 0o755);
    fs.writeFile("/usr/bin/grep", "", 0o755);
    const vars = s.vars;
    const complete = shellCompleter(s.tty.sys, { commands: () => ["cd", "echo", "export"], variables: () => Object.keys(vars), getVar: (n) => vars[n] });
    const rl = new Readline(s.tty.sys, { getVar: (n) => vars[n], complete });
    return { ...s, rl };
  }

  it("completes a unique command with a space, and a directory with a slash", async () => {
    const { tty, rl } = withFiles();
    let p = rl.readLine("$ ");
    tty.type("gr\t");
    tty.type("ald\t\r");
    expect(await p).toBe("grep aldir/");
    p = rl.readLine("$ ");
    tty.type("cat al\\ \t\r");
    expect(await p).toBe("cat al\\ x ");
  });

  it("inserts the common prefix, then a second Tab lists the matches as bash does", async () => {
    const { tty, rl, screen } = withFiles();
    const p = rl.readLine("$ ");
    tty.type("ls alp\t");
    await tty.idle();
    expect(await screen.lines()).toEqual(["$ ls alp"]);
    tty.type("\t");
    await tty.idle();
    expect(await screen.lines()).toEqual(["$ ls alp", "alpha     alphabet  alps", "$ ls alp"]);
    tty.type("h\t\r");
    expect(await p).toBe("ls alpha");
  });

  it("completes $variables", async () => {
    const { tty, rl, vars } = withFiles();
    vars.HOSTNAME = "vlab";
    const p = rl.readLine("$ ");
    tty.type("echo $PA\t\r");
    expect(await p).toBe("echo $PATH ");
  });

  it("lays lists out down the columns", () => {
    const items = ["chage", "chattr", "chcon", "chfn", "chgrp", "chmod", "choom", "chown", "chromium", "chrt", "chsh"];
    expect(formatMatchList(items, 60)).toBe("chage     chfn      choom     chrt\nchattr    chgrp     chown     chsh\nchcon     chmod     chromium\n");
  });
});
