// Shell strings and raw bytes. The shell keeps text as JS strings (UTF-16), but a script can
// make bytes that are not UTF-8: printf '\303', echo -e '\xff', $'\351'. Such a byte
// (0x80-0xff) is held as the lone surrogate U+DC80+(byte-0x80) - Python's "surrogateescape" -
// so it stays one byte on its way out: printf '\303\251' writes C3 A9, while 'é' typed as text
// (U+00E9) still writes its two UTF-8 bytes. Output and $( ) reading go through here.

const utf8 = new TextEncoder();
const strict = new TextDecoder("utf-8", { fatal: true });

/** One byte as a shell string char: ASCII as itself, 0x80-0xff as its escape surrogate. */
export function rawByte(b: number): string {
  b &= 0xff;
  return String.fromCharCode(b < 0x80 ? b : 0xdc00 + b);
}

const HAS_RAW = /[\udc80-\udcff]/;

/** Encode for output: UTF-8, with escaped raw bytes written as themselves. */
export function shEncode(s: string): Uint8Array {
  if (!HAS_RAW.test(s)) return utf8.encode(s);
  const parts: number[] = [];
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // a raw byte is a lone low surrogate (not preceded by a high one)
    if (c >= 0xdc80 && c <= 0xdcff && !(i > 0 && isHigh(s.charCodeAt(i - 1)))) {
      if (run < i) for (const b of utf8.encode(s.slice(run, i))) parts.push(b);
      parts.push(c - 0xdc00);
      run = i + 1;
    }
  }
  if (run < s.length) for (const b of utf8.encode(s.slice(run))) parts.push(b);
  return Uint8Array.from(parts);
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Decode input: valid UTF-8 as text, every other byte as its escape surrogate (round-trips). */
export function shDecode(b: Uint8Array): string {
  try {
    return strict.decode(b);
  } catch {
    return decodeLoose(b);
  }
}

function decodeLoose(b: Uint8Array): string {
  let out = "";
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    const n = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 0;
    if (n > 0 && i + n <= b.length && c < 0xf5) {
      try {
        out += strict.decode(b.subarray(i, i + n));
        i += n;
        continue;
      } catch {
        // not a valid sequence: fall through to one raw byte
      }
    }
    out += rawByte(c);
    i++;
  }
  return out;
}
