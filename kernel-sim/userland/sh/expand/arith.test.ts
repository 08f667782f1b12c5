import { describe, expect, it } from "vitest";
import { arith, arithBig, ArithError, type ArithVars } from "./arith.ts";

function vars(init: Record<string, string> = {}): ArithVars & { m: Map<string, string> } {
  const m = new Map(Object.entries(init));
  return { m, get: (n) => m.get(n), set: (n, _i, v) => void m.set(n, String(v)) };
}

describe("arithmetic", () => {
  it("C operators and precedence", () => {
    const v = vars();
    expect(arith("1+2*3", v)).toBe(7);
    expect(arith("(1+2)*3", v)).toBe(9);
    expect(arith("2**10", v)).toBe(1024);
    expect(arith("2**3**2", v)).toBe(512);
    expect(arith("7/2, 7%3", v)).toBe(1);
    expect(arith("-7/2", v)).toBe(-3);
    expect(arith("1<2 && 3>2 || 0", v)).toBe(1);
    expect(arith("5&3|8^1", v)).toBe(1 | 8 ^ 1 | (5 & 3));
    expect(arith("~0", v)).toBe(-1);
    expect(arith("1?2:3", v)).toBe(2);
    expect(arith("1<<4>>2", v)).toBe(4);
  });
  it("constants: hex, octal, base#n", () => {
    const v = vars();
    expect(arith("0x1f", v)).toBe(31);
    expect(arith("017", v)).toBe(15);
    expect(arith("2#1010", v)).toBe(10);
    expect(arith("36#z", v)).toBe(35);
  });
  it("variables, assignment and increments", () => {
    const v = vars({ x: "5", e: "x*2" });
    expect(arith("x++", v)).toBe(5);
    expect(v.m.get("x")).toBe("6");
    expect(arith("++x", v)).toBe(7);
    expect(arith("x+=3", v)).toBe(10);
    expect(arith("e", v)).toBe(20);
    expect(arith("unset_var+1", v)).toBe(1);
    expect(arith("y=2, y*=y", v)).toBe(4);
  });
  it("64-bit wraparound", () => {
    const v = vars();
    expect(arith("2**63", v)).toBe(Number(BigInt.asIntN(64, 2n ** 63n)));
    expect(arithBig("9223372036854775807+1", v)).toBe(-(2n ** 63n));
    expect(arithBig("2**64+5", v)).toBe(5n);
  });
  it("errors carry the token", () => {
    const v = vars();
    expect(() => arith("1/0", v)).toThrow(ArithError);
    try {
      arith("1+*2", v);
    } catch (e) {
      expect((e as ArithError).token).toBe("*2");
    }
  });
});
