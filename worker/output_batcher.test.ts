import { afterEach, describe, expect, it, vi } from "vitest";
import { FRAME_MS, OutputBatcher } from "./output_batcher.ts";

afterEach(() => vi.useRealTimers());

describe("OutputBatcher", () => {
  it("sends the first write at once and joins the writes of one frame", () => {
    vi.useFakeTimers();
    let t = 1000;
    const out: string[] = [];
    const b = new OutputBatcher((x) => out.push(new TextDecoder().decode(x)), () => t);
    b.push(new TextEncoder().encode("a"));
    vi.advanceTimersByTime(0);
    expect(out).toEqual(["a"]);
    b.push(new TextEncoder().encode("b"));
    b.push(new TextEncoder().encode("c"));
    vi.advanceTimersByTime(FRAME_MS - 1);
    expect(out).toEqual(["a"]);
    t += FRAME_MS;
    vi.advanceTimersByTime(1);
    expect(out).toEqual(["a", "bc"]);
  });

  it("copies chunks so the writer may reuse its buffer", () => {
    vi.useFakeTimers();
    const out: Uint8Array[] = [];
    const b = new OutputBatcher((x) => out.push(x));
    const buf = new Uint8Array([1, 2]);
    b.push(buf);
    buf[0] = 9;
    b.flush();
    expect([...out[0]!]).toEqual([1, 2]);
  });
});
