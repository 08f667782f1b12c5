import { describe, expect, it } from "vitest";
import { Term } from "../editors/pty.test.ts";
import { runScript } from "../../host/index.ts";
import { scaleMem, timePlus } from "./top_frame.ts";

/** The pty endpoint behind Term also takes window size changes (SIGWINCH to the foreground). */
function resize(t: Term, rows: number, cols: number): void {
  (t.endpoint as unknown as { resize(rows: number, cols: number): void }).resize(rows, cols);
  t.screen.term.resize(cols, rows);
}

describe("top on a terminal", () => {
  it("draws the summary and the task table, redraws on SIGWINCH, quits on q", async () => {
    const t = await Term.open(24, 60);
    t.type("top\r");
    let s = await t.waitFor((x) => x.includes("    PID USER") && / R +[0-9.]+ +[0-9.]+$/m.test(x));
    const l = s.split("\n");
    const at = l.findIndex((x) => x.startsWith("top - "));
    expect(l[at + 1]).toMatch(/^Tasks: +\d+ total, +\d+ running, +\d+ sleeping, +0 stopped,/);
    expect(l[at + 2]).toMatch(/^%Cpu\(s\): *[0-9.]+ us, *[0-9.]+ sy, *[0-9.]+ ni, *[0-9.]+ id/);
    expect(l[at + 3]).toMatch(/^MiB Mem : +2048\.0 total,/);
    expect(l[at + 4]).toMatch(/^MiB Swap: +0\.0 total,/);
    expect(l[at + 6]).toBe("    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM");
    resize(t, 24, 100);
    s = await t.waitFor((x) => x.includes("    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND"));
    expect(s).toMatch(/ R +[0-9.]+ +[0-9.]+ +\d+:\d\d\.\d\d top/);
    t.type("q");
    await t.waitFor((x) => /[#$]$/.test(x.split("\n").pop()!));
  });

  it("refreshes at -d, shows help on h, kills with k, ends on ^C", async () => {
    const t = await Term.open(24, 80);
    t.type("sleep 100 &\r");
    const pid = /\[1\] (\d+)/.exec(await t.waitFor((x) => /\[1\] \d+/.test(x)))![1]!;
    t.type("top -d 0.2\r");
    await t.waitFor((x) => /\n +\d+ root .* sleep$/m.test(x));
    t.type("h");
    await t.waitFor((x) => x.startsWith("Help for Interactive Commands - procps-ng 4.0.2\nWindow 1:Def: Cumulative mode Off.  System: Delay 0.2 secs"));
    t.type("q");
    await t.waitFor((x) => x.includes("    PID USER"));
    t.type("k");
    await t.waitFor((x) => /\nPID to signal\/kill \[default pid = \d+\]$/m.test(x));
    t.type(pid + "\r");
    await t.waitFor((x) => x.includes(`\nSend pid ${pid} signal [15/sigterm]`));
    t.type("\r");
    await t.waitFor((x) => / Z +0\.0 +0\.0 +\d+:\d\d\.\d\d sleep$/m.test(x)); // dead, not yet reaped by bash
    t.type("\x03");
    await t.waitFor((x) => /[#$]$/.test(x.split("\n").pop()!));
    const s = await t.run("jobs; echo done");
    expect(s).toMatch(/Terminated +sleep 100/);
  });
});

describe("top -b", () => {
  it("prints frames as text, -n frames apart, in procps-ng's layout", async () => {
    const r = await runScript({ script: "top -b -n 2 -d 0.1 -p 1; echo rc=$?", shell: "bash" });
    const out = new TextDecoder().decode(r.output).split("\n");
    expect(out[0]).toMatch(/^top - \d\d:\d\d:\d\d up +\d+ min, +0 user, +load average: [0-9.]+, [0-9.]+, [0-9.]+$/);
    expect(out[1]).toBe("Tasks:   1 total,   0 running,   1 sleeping,   0 stopped,   0 zombie");
    expect(out[3]).toMatch(/^MiB Mem : +[0-9.]+ total, +[0-9.]+ free, +[0-9.]+ used, +[0-9.]+ buff\/cache     $/);
    expect(out[4]).toMatch(/^MiB Swap: +[0-9.]+ total, +[0-9.]+ free, +[0-9.]+ used\. +[0-9.]+ avail Mem $/);
    expect(out[5]).toBe("");
    expect(out[7]).toMatch(/^      1 root      20   0 +\d+ +\d+ +\d+ S +[0-9.]+ +[0-9.]+ +\d+:\d\d\.\d\d init$/);
    expect(out[8]).toBe("");
    expect(out[9]).toMatch(/^top - /);
    expect(out.at(-2)).toBe("rc=0");
  });

  it("refuses what procps-ng refuses", async () => {
    const r = await runScript({ script: "top; echo rc=$?; top -b -n 0; echo rc=$?; top -b -u nosuch; echo rc=$?", shell: "bash" });
    expect(new TextDecoder().decode(r.output)).toBe("top: failed tty get\nrc=1\ntop: bad iterations argument '0'\nrc=1\ntop: Invalid user\nrc=1\n");
  });

  it("scales memory and time as top does", () => {
    expect(scaleMem(301872, 6)).toBe("301872");
    expect(scaleMem(1153433, 6)).toBe("1.1g");
    expect(scaleMem(34812723, 7)).toBe("33.2g");
    expect(timePlus(292)).toBe("0:02.92");
    expect(timePlus(6046 * 100)).toBe("100:46.00");
  });
});
