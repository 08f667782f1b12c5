import { describe, expect, it } from "vitest";
import { compilePosix, posixToJs, RegexError } from "./regex.ts";

describe("POSIX regex translation", () => {
  it("BRE operators and literals", () => {
    expect(posixToJs("a\\(b\\)*c", false)).toBe("a(b)*c");
    expect(posixToJs("a+b?", false)).toBe("a\\+b\\?");
    expect(posixToJs("x\\{2,3\\}", false)).toBe("x{2,3}");
    expect(posixToJs("*a", false)).toBe("\\*a");
    expect(posixToJs("a^b$", false)).toBe("a\\^b$");
    expect(posixToJs("a$b", false)).toBe("a\\$b");
  });
  it("dot is any character", () => {
    expect(compilePosix("a.b", false).test("axb")).toBe(true);
    expect(compilePosix("a\\.b", false).test("axb")).toBe(false);
  });
  it("ERE operators", () => {
    expect(posixToJs("(ab)+|c{2}", true)).toBe("(ab)+|c{2}");
    expect(posixToJs("a{", true)).toBe("a\\{");
  });
  it("bracket expressions", () => {
    expect(compilePosix("[[:digit:]]+", true).test("x12")).toBe(true);
    expect(compilePosix("[]a]", false).test("]")).toBe(true);
    expect(compilePosix("[\\n]", false).test("\\")).toBe(true);
    expect(compilePosix("[^[:space:]]", false).test("  ")).toBe(false);
  });
  it("word boundaries and back-references", () => {
    expect(compilePosix("\\<the\\>", false).test("in the end")).toBe(true);
    expect(compilePosix("\\<the\\>", false).test("other")).toBe(false);
    expect(compilePosix("\\(a\\)\\1", false).test("aa")).toBe(true);
  });
  it("errors", () => {
    expect(() => posixToJs("a\\(", false)).toThrow(RegexError);
    expect(() => posixToJs("[a", false)).toThrow(RegexError);
  });
});
