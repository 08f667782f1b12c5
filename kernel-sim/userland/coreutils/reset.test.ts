// reset(1) on a pty, against ncurses 6.4's reset recorded through script(1) on Linux with
// TERM=xterm-256color (the no-terminal cases are differential: coreutils/reset_no_terminal).

import { describe, expect, it } from "vitest";
import { rawTerminal } from "../../host/testing.ts";

const XTERM_RESET = "\x1bc\x1b]104\x07\x1b[!p\x1b[?3;4l\x1b[4l\x1b>\x1b[?69l\r";

describe("reset on a terminal", () => {
  it("sends xterm's reset strings and says nothing when the control characters are the defaults", async () => {
    const t = await rawTerminal();
    t.type("reset; echo done\r");
    const s = await t.until(/\rdone\r\n[^\n]*# $/);
    expect(s).toContain(`reset; echo done\r\n${XTERM_RESET}done\r\n`);
  });

  it("brings back sane modes after stty raw -echo, keeping and reporting the characters the user set", async () => {
    const t = await rawTerminal();
    t.type("stty intr ^X kill ^K\r");
    t.type("stty raw -echo\r"); // from here nothing typed is echoed, and Enter is a bare CR
    t.type("reset\n");
    await t.until(/Kill is control-K \(\^K\)\.\r\nInterrupt is control-X \(\^X\)\.\r\n[^\n]*# $/);
    t.type("stty -a | head -2\r");
    const s = await t.until(/intr = \^X; quit = \^\\; erase = \^\?; kill = \^K;[^\n]*\r\n[^\n]*# $/);
    expect(s).toMatch(/stty -a \| head -2\r\n/); // echo is back
    t.type("stty -a | grep -o -- '-\\?icanon\\|-\\?echo\\b\\|-\\?opost'\r");
    expect(await t.until(/\r\nopost\r\nicanon\r\necho\r\n[^\n]*# $/)).toBeTruthy(); // stty -a's order
  });

  it("resets the screen through the terminal even with stdout redirected", async () => {
    const t = await rawTerminal();
    t.type("reset > /tmp/out; wc -c < /tmp/out\r");
    expect(await t.until(/\r0\r\n[^\n]*# $/)).toContain(`wc -c < /tmp/out\r\n${XTERM_RESET}0\r\n`);
  });

  it("-e sets the erase character and says so", async () => {
    const t = await rawTerminal();
    t.type("reset -I -e ^H; stty -a | grep -o ' erase = [^;]*'\r");
    expect(await t.until(/Erase set to control-H \(\^H\)\.\r\n erase = \^H\r\n/)).toBeTruthy();
  });
});
