// base64(1) and base32(1) (RFC 4648), one program picking its alphabet by name: encode with
// lines wrapped at -w COLS (76 by default, 0 = never), or decode (-d) ignoring newlines and,
// with -i, every other byte outside the alphabet. Decoding writes what it decoded before
// an invalid byte, then fails with "invalid input", as gnulib's base64_decode_ctx does.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, quotef, errmsg, basenameOf } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { slurpBytes } from "./textfiles.ts";

interface Codec {
  alphabet: string;
  /** Input bytes per group and characters per group. */
  bytes: number;
  chars: number;
  /** May a last group without its padding still be decoded (base64: yes, base32: no)? */
  partialTail: boolean;
}

const CODECS: Record<string, Codec> = {
  base64: { alphabet: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", bytes: 3, chars: 4, partialTail: true },
  base32: { alphabet: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", bytes: 5, chars: 8, partialTail: false },
};

function encode(c: Codec, data: Uint8Array): string {
  const bits = Math.log2(c.alphabet.length);
  let out = "";
  for (let i = 0; i < data.length; i += c.bytes) {
    const n = Math.min(c.bytes, data.length - i);
    let v = 0n;
    for (let k = 0; k < c.bytes; k++) v = (v << 8n) | BigInt(k < n ? data[i + k]! : 0);
    const used = Math.ceil((n * 8) / bits);
    for (let k = 0; k < c.chars; k++) {
      if (k >= used) out += "=";
      else out += c.alphabet[Number((v >> BigInt((c.chars - 1 - k) * bits)) & BigInt(c.alphabet.length - 1))];
    }
  }
  return out;
}

/** Decoded bytes and whether the input was valid. */
function decode(c: Codec, text: Uint8Array, ignoreGarbage: boolean): [Uint8Array, boolean] {
  const bits = Math.log2(c.alphabet.length);
  const out: number[] = [];
  let group: number[] = [];
  let pads = 0;
  const flush = (): boolean => {
    // A group of chars (some may be padding) -> bytes.
    const have = group.length;
    const nbytes = Math.floor((have * bits) / 8);
    let v = 0n;
    for (let k = 0; k < c.chars; k++) v = (v << BigInt(bits)) | BigInt(k < have ? group[k]! : 0);
    for (let k = 0; k < nbytes; k++) out.push(Number((v >> BigInt((c.bytes - 1 - k) * 8)) & 0xffn));
    group = [];
    pads = 0;
    return nbytes > 0;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === 10) continue;
    const s = String.fromCharCode(ch);
    if (s === "=") {
      if (group.length + pads < 2) {
        if (ignoreGarbage) continue;
        return [Uint8Array.from(out), false];
      }
      pads++;
      if (group.length + pads === c.chars) flush();
      continue;
    }
    const v = c.alphabet.indexOf(s);
    if (v < 0 || pads > 0) {
      if (ignoreGarbage && v < 0) continue;
      if (c.partialTail && pads === 0) flush();
      return [Uint8Array.from(out), false];
    }
    group.push(v);
    if (group.length === c.chars) flush();
  }
  if (group.length > 0 || pads > 0) {
    if (c.partialTail) flush();
    return [Uint8Array.from(out), false];
  }
  return [Uint8Array.from(out), true];
}

export default program(async (p) => {
  const me = basenameOf(p.name) === "base32" ? "base32" : "base64";
  const codec = CODECS[me]!;
  const parsed = await parseOrUsage(p, "diw:", [
    { name: "decode", has: 0, key: "d" },
    { name: "ignore-garbage", has: 0, key: "i" },
    { name: "wrap", has: 1, key: "w" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const help = `Usage: ${me} [OPTION]... [FILE]\n${me === "base64" ? "Base64" : "Base32"} encode or decode FILE, or standard input, to standard output.\n`;
  const hv = await helpVersion(p, parsed, help, "Simon Josefsson");
  if (hv !== null) return hv;
  let dec = false, garbage = false, wrap = 76;
  for (const o of parsed.opts) {
    if (o.key === "d") dec = true;
    else if (o.key === "i") garbage = true;
    else if (o.key === "w") {
      if (!/^[0-9]+$/.test(o.arg!)) {
        await p.warn(`invalid wrap size: ${quote(o.arg!)}`);
        return 1;
      }
      wrap = Number(o.arg);
    }
  }
  if (parsed.operands.length > 1) return usageError(p, `extra operand ${quote(parsed.operands[1]!)}`);
  const f = parsed.operands[0] ?? "-";
  let data: Uint8Array;
  try {
    data = await slurpBytes(p.sys, f);
  } catch (e) {
    await p.warn(`${quotef(f)}: ${errmsg(e)}`);
    return 1;
  }
  if (dec) {
    const [bytes, ok] = decode(codec, data, garbage);
    await p.out.writeBytes(bytes);
    if (!ok) {
      await p.warn("invalid input");
      return 1;
    }
    return 0;
  }
  const s = encode(codec, data);
  if (wrap === 0) {
    await p.out.write(s);
    return 0;
  }
  let out = "";
  for (let i = 0; i < s.length; i += wrap) out += s.slice(i, i + wrap) + "\n";
  await p.out.write(out);
  return 0;
});
