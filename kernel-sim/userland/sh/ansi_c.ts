// Backslash escapes as bash's $'...' decodes them (bash(1) QUOTING, "ANSI-C Quoting"); the same
// table serves echo -e and printf %b (which differ only in \c and octal without a leading 0).

import { rawByte } from "./bytes.ts";

const SIMPLE: Record<string, string> = {
  a: "\x07", b: "\b", e: "\x1b", E: "\x1b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v",
  "\\": "\\", "'": "'", '"': '"', "?": "?",
};

/** Decode $'...' from just after the opening quote; null if the closing quote is missing. */
export function decodeAnsiC(s: string, start: number): { value: string; end: number } | null {
  let out = "";
  let i = start;
  while (i < s.length) {
    const c = s[i]!;
    if (c === "'") return { value: out, end: i + 1 };
    if (c !== "\\" || i + 1 >= s.length) {
      out += c;
      i++;
      continue;
    }
    const r = escapeAt(s, i + 1, "ansi");
    out += r.value;
    i = r.end;
  }
  return null;
}

/**
 * One escape after a backslash at s[i]. mode "ansi" is $'..'; "echo" is echo -e / printf %b
 * (\0nnn octal, \c stops output - reported as value "\c" with stop set).
 */
export function escapeAt(s: string, i: number, mode: "ansi" | "echo" | "printf" | "bash-echo"): { value: string; end: number; stop?: boolean } {
  const c = s[i]!;
  // bash's echo -e takes octal only as \0nnn (printf %b and dash's echo also take \nnn)
  if (mode === "bash-echo") {
    if (/[1-7]/.test(c)) return { value: "\\" + c, end: i + 1 };
    mode = "echo";
  }
  const simple = SIMPLE[c];
  if (simple !== undefined && !(mode !== "ansi" && (c === "'" || c === '"' || c === "?"))) return { value: simple, end: i + 1 };
  if (c === "c") {
    if (mode === "ansi") {
      const n = s[i + 1];
      if (n === undefined) return { value: "\\c", end: i + 1 };
      return { value: String.fromCharCode(n.toUpperCase().charCodeAt(0) ^ 0x40), end: i + 2 };
    }
    return { value: "", end: i + 1, stop: true };
  }
  if (/[0-7]/.test(c) || (mode === "echo" && c === "0")) {
    let j = i;
    let max = 3;
    if (mode === "echo" && c === "0") {
      j++;
      max = 3;
    }
    let v = 0;
    const st = j;
    while (j < s.length && j - st < max && /[0-7]/.test(s[j]!)) v = v * 8 + (s.charCodeAt(j++) - 48);
    return { value: rawByte(v), end: j };
  }
  if (c === "x") {
    let j = i + 1;
    let v = 0;
    while (j < s.length && j - i - 1 < 2 && /[0-9a-fA-F]/.test(s[j]!)) v = v * 16 + parseInt(s[j++]!, 16);
    if (j === i + 1) return { value: "\\x", end: i + 1 };
    return { value: rawByte(v), end: j };
  }
  if (c === "u" || c === "U") {
    let j = i + 1;
    let v = 0;
    const max = c === "u" ? 4 : 8;
    while (j < s.length && j - i - 1 < max && /[0-9a-fA-F]/.test(s[j]!)) v = v * 16 + parseInt(s[j++]!, 16);
    if (j === i + 1) return { value: "\\" + c, end: i + 1 };
    return { value: String.fromCodePoint(v), end: j };
  }
  return { value: "\\" + c, end: i + 1 };
}
