import { describe, expect, it } from "vitest";
import { localtime, parseTzRule, wallToUtc, zoneAt } from "./tz.ts";
import { strftime } from "./time.ts";

describe("POSIX TZ rules", () => {
  it("parses offsets west-positive, with minutes and <quoted> names", () => {
    expect(parseTzRule("EST5")).toMatchObject({ stdName: "EST", stdOff: -18000, dstName: null });
    expect(parseTzRule("<+0530>-5:30")).toMatchObject({ stdName: "+0530", stdOff: 19800 });
    expect(parseTzRule("5")).toBeNull();
  });

  it("switches to DST on the Mm.w.d days (US and EU rules)", () => {
    const ny = parseTzRule("EST5EDT,M3.2.0,M11.1.0")!;
    // 2024-03-10 07:00 UTC is 02:00 EST, when EDT begins.
    expect(zoneAt(ny, 1710054000).abbr).toBe("EDT");
    expect(zoneAt(ny, 1710053999).abbr).toBe("EST");
    const berlin = parseTzRule("CET-1CEST,M3.5.0,M10.5.0/3")!;
    expect(zoneAt(berlin, 1711846800).off).toBe(7200);
  });

  it("has DST across the new year in the southern hemisphere", () => {
    const syd = parseTzRule("AEST-10AEDT,M10.1.0,M4.1.0/3")!;
    expect(zoneAt(syd, 1704067200).abbr).toBe("AEDT");
    expect(zoneAt(syd, 1720000000).abbr).toBe("AEST");
  });

  it("reads wall times as mktime does: DST in the overlap, none in the gap", () => {
    const ny = parseTzRule("EST5EDT,M3.2.0,M11.1.0")!;
    expect(wallToUtc(ny, Date.UTC(2024, 10, 3, 1, 30) / 1000)).toBe(1730611800);
    expect(wallToUtc(ny, Date.UTC(2024, 2, 10, 2, 30) / 1000)).toBeNull();
  });

  it("fills tm_gmtoff and tm_zone for %z and %Z", () => {
    const tm = localtime(1720000000_000_000_000n, parseTzRule("CST-8")!);
    expect(strftime("%F %T %z %:z %Z %s", tm)).toBe("2024-07-03 17:46:40 +0800 +08:00 CST 1720000000");
  });
});
