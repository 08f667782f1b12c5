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
