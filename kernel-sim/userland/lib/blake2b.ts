// BLAKE2b (RFC 7693) without a key, for b2sum and cksum -a blake2b: outlen bytes of digest
// (b2sum -l BITS). 64-bit words as BigInts, like sha512.ts.

const M64 = (1n << 64n) - 1n;
const IV = ["6a09e667f3bcc908", "bb67ae8584caa73b", "3c6ef372fe94f82b", "a54ff53a5f1d36f1", "510e527fade682d1", "9b05688c2b3e6c1f", "1f83d9abfb41bd6b", "5be0cd19137e2179"].map((h) => BigInt("0x" + h));
const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4], [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13], [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11], [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5], [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

const rotr = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & M64;

function compress(h: bigint[], block: DataView, t: bigint, last: boolean): void {
  const m: bigint[] = [];
  for (let i = 0; i < 16; i++) m.push(block.getBigUint64(8 * i, true));
  const v = [...h, ...IV];
  v[12] = v[12]! ^ (t & M64);
  v[13] = v[13]! ^ (t >> 64n);
  if (last) v[14] = v[14]! ^ M64;
  const G = (a: number, b: number, c: number, d: number, x: bigint, y: bigint): void => {
    v[a] = (v[a]! + v[b]! + x) & M64; v[d] = rotr(v[d]! ^ v[a]!, 32n);
    v[c] = (v[c]! + v[d]!) & M64; v[b] = rotr(v[b]! ^ v[c]!, 24n);
    v[a] = (v[a]! + v[b]! + y) & M64; v[d] = rotr(v[d]! ^ v[a]!, 16n);
    v[c] = (v[c]! + v[d]!) & M64; v[b] = rotr(v[b]! ^ v[c]!, 63n);
  };
  for (let r = 0; r < 12; r++) {
    const s = SIGMA[r % 10]!;
    G(0, 4, 8, 12, m[s[0]!]!, m[s[1]!]!); G(1, 5, 9, 13, m[s[2]!]!, m[s[3]!]!);
    G(2, 6, 10, 14, m[s[4]!]!, m[s[5]!]!); G(3, 7, 11, 15, m[s[6]!]!, m[s[7]!]!);
    G(0, 5, 10, 15, m[s[8]!]!, m[s[9]!]!); G(1, 6, 11, 12, m[s[10]!]!, m[s[11]!]!);
    G(2, 7, 8, 13, m[s[12]!]!, m[s[13]!]!); G(3, 4, 9, 14, m[s[14]!]!, m[s[15]!]!);
  }
  for (let i = 0; i < 8; i++) h[i] = h[i]! ^ v[i]! ^ v[i + 8]!;
}

/** The hex digest of outlen bytes (1..64). */
export function blake2b(data: Uint8Array, outlen = 64): string {
  const h = [...IV];
  h[0] = h[0]! ^ BigInt(0x01010000 ^ outlen);
  const nblocks = Math.max(1, Math.ceil(data.length / 128));
  for (let i = 0; i < nblocks; i++) {
    const block = new Uint8Array(128);
    const chunk = data.subarray(i * 128, (i + 1) * 128);
    block.set(chunk);
    const last = i === nblocks - 1;
    compress(h, new DataView(block.buffer), BigInt(last ? data.length : (i + 1) * 128), last);
  }
  const out = new Uint8Array(64);
  const dv = new DataView(out.buffer);
  h.forEach((x, i) => dv.setBigUint64(8 * i, x, true));
  return Array.from(out.subarray(0, outlen), (c) => c.toString(16).padStart(2, "0")).join("");
}
