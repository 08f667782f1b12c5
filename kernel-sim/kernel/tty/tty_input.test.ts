// Input bigger than the line discipline's 4096-byte buffer, through a pty as a terminal
// emulator writes it (a paste). Expected values recorded on Linux 6.x with a Python pty
// writing the same bytes: a canonical line keeps 4095 bytes and its newline; in raw mode
// (readline) nothing is lost, however long the paste.

import { describe, expect, it } from "vitest";
import { rawTerminal as terminal } from "../../host/testing.ts";

describe("tty input past N_TTY_BUF_SIZE", () => {
  it("keeps 4095 bytes of an over-long canonical line, echoes the rest, and its newline ends it", async () => {
    const t = await terminal();
    t.type("head -n 1 | wc -c; head -n 1 | tail -c 3 | od -An -c\r");
    await t.until(/od -An -c\r\n$/);
    t.type("a".repeat(5000) + "bc\r");
    t.type("x".repeat(5000) + "yz\r");
    const s = await t.until(/x {3}x {2}\\n\r\n[^\n]*# $/);
    expect(s).toMatch(/\r\n4096\r\n/);
    expect(s).toContain("a".repeat(5000) + "bc"); // echoed, though not all kept
  });

  it("passes a 20,000-character pasted line to the shell whole (raw mode waits, never drops)", async () => {
    const t = await terminal();
    t.type("echo " + "y".repeat(20_000) + " | wc -c\r");
    expect(await t.until(/\r\n20001\r\n[^\n]*# $/)).toMatch(/\r\n20001\r\n/);
  });

  it("feeds a paste of many lines to a reader in canonical mode as it reads them", async () => {
    const t = await terminal();
    t.type("stty -echo; cat > /tmp/lines; stty echo; wc -lc /tmp/lines\r");
    await t.until(/wc -lc \/tmp\/lines\r\n$/);
    t.type(("z".repeat(69) + "\r").repeat(1000) + "\x04");
    const s = await t.until(/ 1000 70000 \/tmp\/lines\r\n[^\n]*# $/);
    expect(s).not.toContain("zzzzzzzzzz"); // stty -echo: the typed lines were not echoed
  });
});
