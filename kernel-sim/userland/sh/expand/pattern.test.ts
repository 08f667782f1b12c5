import { describe, expect, it } from "vitest";
import { matchPattern, removeAffix, replacePattern } from "./pattern.ts";
import { braceExpand } from "./brace.ts";
import { lit } from "../ast.ts";

describe("patterns", () => {
  it("* ? [...] and classes", () => {
    expect(matchPattern("a*c", "abbc")).toBe(true);
    expect(matchPattern("a?c", "abc")).toBe(true);
    expect(matchPattern("[a-c]x", "bx")).toBe(true);
    expect(matchPattern("[!a-c]x", "bx")).toBe(false);
    expect(matchPattern("[[:digit:]]*", "9z")).toBe(true);
    expect(matchPattern("\\*", "*")).toBe(true);
    expect(matchPattern("\\*", "x")).toBe(false);
  });
  it("prefix/suffix removal", () => {
    expect(removeAffix("a/b/c", "*/", "#")).toBe("b/c");
    expect(removeAffix("a/b/c", "*/", "##")).toBe("c");
    expect(removeAffix("x.tar.gz", ".*", "%")).toBe("x.tar");
    expect(removeAffix("x.tar.gz", ".*", "%%")).toBe("x");
  });
  it("replacement", () => {
    expect(replacePattern("aXbXc", "X", "-", "/")).toBe("a-bXc");
    expect(replacePattern("aXbXc", "X", "-", "//")).toBe("a-b-c");
    expect(replacePattern("abc", "a", "z", "/#")).toBe("zbc");
    expect(replacePattern("abc", "c", "z", "/%")).toBe("abz");
  });
});

describe("brace expansion", () => {
  const texts = (s: string) => braceExpand(lit(s)).map((w) => w.parts.map((p) => (p.type === "lit" ? p.value : "?")).join(""));
  it("lists and sequences", () => {
    expect(texts("a{b,c}d")).toEqual(["abd", "acd"]);
    expect(texts("{1..3}")).toEqual(["1", "2", "3"]);
    expect(texts("{a..c}")).toEqual(["a", "b", "c"]);
    expect(texts("{01..3}")).toEqual(["01", "02", "03"]);
    expect(texts("{5..1..2}")).toEqual(["5", "3", "1"]);
    expect(texts("x{a,{b,c}}")).toEqual(["xa", "xb", "xc"]);
    expect(texts("{a}")).toEqual(["{a}"]);
  });
});
