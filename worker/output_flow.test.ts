import { describe, expect, it } from "vitest";
import { HIGH_WATER, LOW_WATER, OutputFlow } from "./output_flow.ts";
import { HostService } from "./host_service.ts";
import { soleOwner } from "./disk_lock.ts";

describe("OutputFlow", () => {
  it("pauses once past the high watermark and resumes at the low one", () => {
    const calls: string[] = [];
    const f = new OutputFlow(() => calls.push("pause"), () => calls.push("resume"));
    f.wrote(HIGH_WATER);
    expect(calls).toEqual([]);
    f.wrote(1);
    f.wrote(5000);
    expect(calls).toEqual(["pause"]);
    f.drew(HIGH_WATER + 5001 - LOW_WATER - 1);
    expect(calls).toEqual(["pause"]); // still above LOW_WATER
    f.drew(1);
    expect(calls).toEqual(["pause", "resume"]);
    expect(f.inFlight).toBe(LOW_WATER);
  });
});

describe("HostService terminal flow control", () => {
  it("holds `yes` back while the page has not drawn its output, and ^C still stops it", async () => {
    const s = await HostService.start({ store: null, lock: soleOwner });
    const dec = new TextDecoder();
    let received = 0;
    let text = "";
    const id = s.openTerminal((b) => {
      received += b.length;
      text = (text + dec.decode(b)).slice(-4000);
    }, 24, 80, true);
    const ackAll = (): void => s.outputDrawn(id, received);
    const settle = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
    for (let i = 0; i < 200 && !/# $/.test(text); i++) await settle(5);
    ackAll();
    s.write(id, "yes\r");
    await settle(300);
    const held = received;
    await settle(300);
    // Nothing was drawn: after the first HIGH_WATER bytes the writer sleeps (one write may
    // cross the mark: yes writes a few KB at a time).
    expect(received).toBe(held);
    expect(received).toBeLessThan(HIGH_WATER + 64 * 1024);
    ackAll(); // the page caught up: yes goes on
    await settle(200);
    expect(received).toBeGreaterThan(held);
    s.write(id, "\x03"); // ^C, while yes may be asleep in write()
    for (let i = 0; i < 400 && !/\^C\r\n[^\n]*# $/.test(text); i++) {
      ackAll();
      await settle(5);
    }
    expect(text).toMatch(/\^C\r\n[^\n]*# $/);
    s.write(id, "echo $?\r");
    for (let i = 0; i < 200 && !/\r\n130\r\n/.test(text); i++) {
      ackAll();
      await settle(5);
    }
    expect(text).toMatch(/\r\n130\r\n/);
  });
});
