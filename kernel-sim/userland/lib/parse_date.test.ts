import { describe, expect, it } from "vitest";
import { parseDate } from "./parse_date.ts";
import { gmtime, strftime } from "./time.ts";

const NOW = 1_764_615_720_000_000_000n; // 2025-12-01 19:02:00 UTC
const f = (s: string, fmt = "%F %T"): string | null => {
  const t = parseDate(s, NOW);
  return t === null ? null : strftime(fmt, gmtime(t));
};

describe("parseDate (recorded from GNU date)", () => {
  it("absolute dates and times", () => {
    expect(f("2021-03-04 05:06:07")).toBe("2021-03-04 05:06:07");
    expect(f("2021-03-04")).toBe("2021-03-04 00:00:00");
    expect(f("2020-01-02 03:04:05.5", "%T.%N")).toBe("03:04:05.500000000");
    expect(f("@1700000000", "%F")).toBe("2023-11-14");
    expect(f("Jan 2 2020")).toBe("2020-01-02 00:00:00");
    expect(f("2021-03-04T05:06:07Z")).toBe("2021-03-04 05:06:07");
  });
  it("relative items", () => {
    expect(f("2020-02-28 +1 day", "%F")).toBe("2020-02-29");
    expect(f("2020-02-28 +2 days", "%F")).toBe("2020-03-01");
    expect(f("2021-01-31 +1 month", "%F")).toBe("2021-03-03");
    expect(f("2020-01-01 -1 second")).toBe("2019-12-31 23:59:59");
    expect(f("2 weeks ago", "%F")).toBe("2025-11-17");
    expect(f("tomorrow", "%F")).toBe("2025-12-02");
    expect(f("next month", "%F")).toBe("2026-01-01");
  });
  it("rejects nonsense", () => {
    expect(f("nonsense")).toBeNull();
  });
});
