// Bytes <-> strings. Programs keep file data as bytes; these are the one place that converts.

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

export function encode(s: string): Uint8Array {
  return encoder.encode(s);
}

/** UTF-8 decode; invalid sequences become U+FFFD, as a terminal would show them. */
export function decode(b: Uint8Array): string {
  return decoder.decode(b);
}

/** Concatenate byte chunks. */
export function concatBytes(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/**
 * A "byte string": each char is one byte (0-255), as C sees a char*. Tools that build bytes
 * with escapes (printf '\303', echo -e '\xff') work on these so a byte stays one byte.
 */
export function toByteString(s: string): string {
  const b = encode(s);
  let out = "";
  for (let i = 0; i < b.length; i++) out += String.fromCharCode(b[i]!);
  return out;
}

export function fromByteString(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}
