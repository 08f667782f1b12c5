import { describe, expect, it } from "vitest";
import { parseLongDouble, formatLongDouble } from "./long_double.ts";

function fmt(arg: string, conv: string, prec: number, alt = false): string | null {
  const x = parseLongDouble(arg);
  return x && formatLongDouble(x, conv, prec, alt);
}

describe("long double printf conversions (values from glibc's printf on x86-64)", () => {
  it("rounds the long double, not the decimal and not the double", () => {
    expect(fmt("2.35", "f", 1)).toBe("2.3"); // a double would give 2.4
    expect(fmt("0.15", "f", 1)).toBe("0.2");
    expect(fmt("2.25", "f", 1)).toBe("2.2"); // an exact tie goes to even
    expect(fmt("0.1", "f", 20)).toBe("0.10000000000000000000");
  });
  it("formats %e and %g with C's exponent and trimming rules", () => {
    expect(fmt("1.0005", "e", 3)).toBe("1.001e+00");
    expect(fmt("-0.000123", "e", 3)).toBe("-1.230e-04");
    expect(fmt("0.0001234565", "g", 6)).toBe("0.000123456");
    expect(fmt("123456789", "g", 6)).toBe("1.23457e+08");
    expect(fmt("1", "g", 3, true)).toBe("1.00");
    expect(fmt("1e-10", "G", 6)).toBe("1E-10");
  });
  it("leaves what strtold reads differently to the caller", () => {
    expect(parseLongDouble("0x10")).toBeNull();
    expect(parseLongDouble("inf")).toBeNull();
    expect(parseLongDouble(".")).toBeNull();
    expect(fmt("-0", "f", 6)).toBe("-0.000000");
  });
});
