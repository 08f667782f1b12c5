// How the attr tools (getfattr/setfattr, attr 2.5) write and read attribute values: text in
// double quotes with octal escapes when the value is printable enough, otherwise 0x hex or 0s
// base64 - and back (setfattr -v "text", 0x..., 0s...).

import { encode } from "../lib/text.ts";

export type Encoding = "text" | "hex" | "base64";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function base64(v: Uint8Array): string {
  let s = "";
  for (let i = 0; i < v.length; i += 3) {
    const n = (v[i]! << 16) | ((v[i + 1] ?? 0) << 8) | (v[i + 2] ?? 0);
    s += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    s += i + 1 < v.length ? B64[(n >> 6) & 63]! : "=";
    s += i + 2 < v.length ? B64[n & 63]! : "=";
  }
  return s;
}

function unbase64(s: string): Uint8Array {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const c of s) {
    const v = B64.indexOf(c);
    if (v < 0) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return new Uint8Array(out);
}

const isprint = (b: number): boolean => b >= 0x20 && b < 0x7f;

/** getfattr's encode(): the value as it follows "name=". */
export function encodeValue(v: Uint8Array, enc: Encoding | null): string {
  if (enc === "hex") return "0x" + [...v].map((b) => b.toString(16).padStart(2, "0")).join("");
  if (enc === "base64") return "0s" + base64(v);
  let n = v.length;
  if (n > 0 && v[n - 1] === 0) n--; // a C string's terminating NUL is not shown
  let nonpr = 0;
  for (let i = 0; i < n; i++) if (!isprint(v[i]!)) nonpr++;
  if (enc === null && n < nonpr * 8) return "0s" + base64(v);
  let s = '"';
  for (let i = 0; i < n; i++) {
    const b = v[i]!;
    if (b === 0x22 || b === 0x5c) s += "\\" + String.fromCharCode(b);
    else if (isprint(b) || b === 0x0a || b === 0x09) s += String.fromCharCode(b);
    else s += "\\" + b.toString(8).padStart(3, "0");
  }
  return s + '"';
}

/** setfattr's -v: "0x" hex, "0s" base64, a "quoted" string (with \ooo escapes), or the text itself. */
export function decodeValue(s: string): Uint8Array {
  if (/^0[xX]/.test(s)) {
    const h = s.slice(2);
    const out = new Uint8Array(Math.floor(h.length / 2));
    for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
    return out;
  }
  if (/^0[sS]/.test(s)) return unbase64(s.slice(2));
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) {
    const body = s.slice(1, -1).replace(/\\([0-7]{1,3}|.)/g, (_m, e: string) => (/^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8)) : e));
    return encode(body);
  }
  return encode(s);
}
