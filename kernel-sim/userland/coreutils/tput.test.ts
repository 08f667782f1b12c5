// tput on a pty: the size comes from the terminal even when stdout is a pipe (recorded through
// script(1) with ncurses 6.4). The rest is differential: coreutils/tput_caps.

import { describe, expect, it } from "vitest";
import { rawTerminal } from "../../host/testing.ts";
import { tparm } from "./tparm.ts";

describe("tput on a terminal", () => {
  it("reads cols and lines from the terminal, also inside $(...) and in a pipe", async () => {
    const t = await rawTerminal();
    t.type("stty cols 132 rows 40; echo \"in $(tput cols)\"; tput lines | cat; tput cols 2>/dev/null | cat\r");
    expect(await t.until(/\r\nin 132\r\n40\r\n132\r\n[^\n]*# $/)).toBeTruthy();
  });

  it("reset gives sane modes back, keeping the user's control characters, as reset(1)", async () => {
    const t = await rawTerminal();
    t.type("stty -echo intr ^X; tput reset >/dev/null; stty -a | grep -o -- ' -\\?echo \\|intr = [^;]*'\r");
    expect(await t.until(/\r\nintr = \^X\r\n echo \r\n[^\n]*# $/)).toBeTruthy();
  });
});

describe("tparm", () => {
  it("runs terminfo's stack language: conditionals, else-if chains, arithmetic, printf formats", () => {
    const setaf = "\x1b[%?%p1%{8}%<%t3%p1%d%e%p1%{16}%<%t9%p1%{8}%-%d%e38;5;%p1%d%;m";
    expect([1, 9, 196].map((n) => tparm(setaf, [n]))).toEqual(["\x1b[31m", "\x1b[91m", "\x1b[38;5;196m"]);
    expect(tparm("%p1%{255}%*%{1000}%/%2.2X", [500])).toBe("7F");
    expect(tparm("%p1%Pa%ga%ga%+%d", [21])).toBe("42");
    expect(tparm("%'A'%p1%+%c", [2])).toBe("C");
    expect(tparm("%p1%:-4d|%p1%03o|%p1%#x", [9])).toBe("9   |011|0x9");
  });
});
