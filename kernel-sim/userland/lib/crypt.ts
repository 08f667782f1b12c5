// crypt(3)'s SHA-512 method ("$6$", Ulrich Drepper's "Unix crypt using SHA-256 and SHA-512",
// as glibc and libxcrypt implement it): what passwd, chpasswd and useradd write into
// /etc/shadow and what su and sudo check a password against.
//
// The 5000 rounds hash about 10,000 blocks, so SHA-512 here works on 32-bit halves in typed
// arrays (lib/sha512.ts uses BigInts: fine for a file, far too slow for this loop).

const K = new Int32Array([
  0x428a2f98, 0xd728ae22, 0x71374491, 0x23ef65cd, 0xb5c0fbcf, 0xec4d3b2f, 0xe9b5dba5, 0x8189dbbc, 0x3956c25b, 0xf348b538, 0x59f111f1, 0xb605d019,
  0x923f82a4, 0xaf194f9b, 0xab1c5ed5, 0xda6d8118, 0xd807aa98, 0xa3030242, 0x12835b01, 0x45706fbe, 0x243185be, 0x4ee4b28c, 0x550c7dc3, 0xd5ffb4e2,
  0x72be5d74, 0xf27b896f, 0x80deb1fe, 0x3b1696b1, 0x9bdc06a7, 0x25c71235, 0xc19bf174, 0xcf692694, 0xe49b69c1, 0x9ef14ad2, 0xefbe4786, 0x384f25e3,
  0x0fc19dc6, 0x8b8cd5b5, 0x240ca1cc, 0x77ac9c65, 0x2de92c6f, 0x592b0275, 0x4a7484aa, 0x6ea6e483, 0x5cb0a9dc, 0xbd41fbd4, 0x76f988da, 0x831153b5,
  0x983e5152, 0xee66dfab, 0xa831c66d, 0x2db43210, 0xb00327c8, 0x98fb213f, 0xbf597fc7, 0xbeef0ee4, 0xc6e00bf3, 0x3da88fc2, 0xd5a79147, 0x930aa725,
  0x06ca6351, 0xe003826f, 0x14292967, 0x0a0e6e70, 0x27b70a85, 0x46d22ffc, 0x2e1b2138, 0x5c26c926, 0x4d2c6dfc, 0x5ac42aed, 0x53380d13, 0x9d95b3df,
  0x650a7354, 0x8baf63de, 0x766a0abb, 0x3c77b2a8, 0x81c2c92e, 0x47edaee6, 0x92722c85, 0x1482353b, 0xa2bfe8a1, 0x4cf10364, 0xa81a664b, 0xbc423001,
  0xc24b8b70, 0xd0f89791, 0xc76c51a3, 0x0654be30, 0xd192e819, 0xd6ef5218, 0xd6990624, 0x5565a910, 0xf40e3585, 0x5771202a, 0x106aa070, 0x32bbd1b8,
  0x19a4c116, 0xb8d2d0c8, 0x1e376c08, 0x5141ab53, 0x2748774c, 0xdf8eeb99, 0x34b0bcb5, 0xe19b48a8, 0x391c0cb3, 0xc5c95a63, 0x4ed8aa4a, 0xe3418acb,
  0x5b9cca4f, 0x7763e373, 0x682e6ff3, 0xd6b2b8a3, 0x748f82ee, 0x5defb2fc, 0x78a5636f, 0x43172f60, 0x84c87814, 0xa1f0ab72, 0x8cc70208, 0x1a6439ec,
  0x90befffa, 0x23631e28, 0xa4506ceb, 0xde82bde9, 0xbef9a3f7, 0xb2c67915, 0xc67178f2, 0xe372532b, 0xca273ece, 0xea26619c, 0xd186b8c7, 0x21c0c207,
  0xeada7dd6, 0xcde0eb1e, 0xf57d4f7f, 0xee6ed178, 0x06f067aa, 0x72176fba, 0x0a637dc5, 0xa2c898a6, 0x113f9804, 0xbef90dae, 0x1b710b35, 0x131c471b,
  0x28db77f5, 0x23047d84, 0x32caab7b, 0x40c72493, 0x3c9ebe0a, 0x15c9bebc, 0x431d67c4, 0x9c100d4c, 0x4cc5d4be, 0xcb3e42b6, 0x597f299c, 0xfc657e2a,
  0x5fcb6fab, 0x3ad6faec, 0x6c44198c, 0x4a475817,
]);
const IV = [0x6a09e667, 0xf3bcc908, 0xbb67ae85, 0x84caa73b, 0x3c6ef372, 0xfe94f82b, 0xa54ff53a, 0x5f1d36f1, 0x510e527f, 0xade682d1, 0x9b05688c, 0x2b3e6c1f, 0x1f83d9ab, 0xfb41bd6b, 0x5be0cd19, 0x137e2179];

const W = new Int32Array(160); // the message schedule, hi/lo pairs (reused: crypt never nests)

/** One 128-byte block into h (8 words as 16 hi/lo halves). */
function block(h: Int32Array, b: Uint8Array, off: number): void {
  for (let i = 0; i < 32; i++) {
    const j = off + 4 * i;
    W[i] = (b[j]! << 24) | (b[j + 1]! << 16) | (b[j + 2]! << 8) | b[j + 3]!;
  }
  for (let i = 32; i < 160; i += 2) {
    // s0 = rotr1 ^ rotr8 ^ shr7 of w[i-15]; s1 = rotr19 ^ rotr61 ^ shr6 of w[i-2]
    let xh = W[i - 30]!, xl = W[i - 29]!;
    const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
    const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
    xh = W[i - 4]!;
    xl = W[i - 3]!;
    const s1h = ((xh >>> 19) | (xl << 13)) ^ ((xl >>> 29) | (xh << 3)) ^ (xh >>> 6);
    const s1l = ((xl >>> 19) | (xh << 13)) ^ ((xh >>> 29) | (xl << 3)) ^ ((xl >>> 6) | (xh << 26));
    let lo = (W[i - 31]! >>> 0) + (s0l >>> 0) + (W[i - 13]! >>> 0) + (s1l >>> 0);
    const hi = W[i - 32]! + s0h + W[i - 14]! + s1h + ((lo / 0x100000000) | 0);
    lo >>>= 0;
    W[i] = hi | 0;
    W[i + 1] = lo | 0;
  }
  let ah = h[0]!, al = h[1]!, bh = h[2]!, bl = h[3]!, ch = h[4]!, cl = h[5]!, dh = h[6]!, dl = h[7]!;
  let eh = h[8]!, el = h[9]!, fh = h[10]!, fl = h[11]!, gh = h[12]!, gl = h[13]!, hh = h[14]!, hl = h[15]!;
  for (let i = 0; i < 160; i += 2) {
    // S1 = rotr14 ^ rotr18 ^ rotr41 of e; S0 = rotr28 ^ rotr34 ^ rotr39 of a
    const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
    const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
    const chh = (eh & fh) ^ (~eh & gh);
    const chl = (el & fl) ^ (~el & gl);
    let t1l = (hl >>> 0) + (S1l >>> 0) + (chl >>> 0) + (K[i + 1]! >>> 0) + (W[i + 1]! >>> 0);
    const t1h = (hh + S1h + chh + K[i]! + W[i]! + ((t1l / 0x100000000) | 0)) | 0;
    t1l >>>= 0;
    const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
    const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
    const majh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
    const majl = (al & bl) ^ (al & cl) ^ (bl & cl);
    const t2l = (S0l >>> 0) + (majl >>> 0);
    const t2h = (S0h + majh + ((t2l / 0x100000000) | 0)) | 0;
    hh = gh; hl = gl; gh = fh; gl = fl; fh = eh; fl = el;
    let x = (dl >>> 0) + t1l;
    eh = (dh + t1h + ((x / 0x100000000) | 0)) | 0;
    el = x | 0;
    dh = ch; dl = cl; ch = bh; cl = bl; bh = ah; bl = al;
    x = t1l + (t2l >>> 0);
    ah = (t1h + t2h + ((x / 0x100000000) | 0)) | 0;
    al = x | 0;
  }
  const add = (k: number, vh: number, vl: number): void => {
    const lo = (h[k + 1]! >>> 0) + (vl >>> 0);
    h[k] = (h[k]! + vh + ((lo / 0x100000000) | 0)) | 0;
    h[k + 1] = lo | 0;
  };
  add(0, ah, al); add(2, bh, bl); add(4, ch, cl); add(6, dh, dl);
  add(8, eh, el); add(10, fh, fl); add(12, gh, gl); add(14, hh, hl);
}

/** An incremental SHA-512 (init, update, final), the shape the crypt algorithm is written in. */
export class Sha512 {
  private readonly h = new Int32Array(IV);
  private readonly buf = new Uint8Array(128);
  private used = 0;
  private length = 0;

  update(data: Uint8Array): this {
    let i = 0;
    this.length += data.length;
    if (this.used > 0) {
      const n = Math.min(128 - this.used, data.length);
      this.buf.set(data.subarray(0, n), this.used);
      this.used += n;
      i = n;
      if (this.used < 128) return this;
      block(this.h, this.buf, 0);
      this.used = 0;
    }
    for (; i + 128 <= data.length; i += 128) block(this.h, data, i);
    if (i < data.length) {
      this.buf.set(data.subarray(i), 0);
      this.used = data.length - i;
    }
    return this;
  }

  digest(): Uint8Array {
    const bits = this.length * 8;
    const pad = new Uint8Array((this.used < 112 ? 128 : 256) - this.used);
    pad[0] = 0x80;
    const dv = new DataView(pad.buffer);
    dv.setUint32(pad.length - 8, Math.floor(bits / 0x100000000));
    dv.setUint32(pad.length - 4, bits >>> 0);
    this.update(pad);
    const out = new Uint8Array(64);
    const ov = new DataView(out.buffer);
    for (let i = 0; i < 16; i++) ov.setInt32(4 * i, this.h[i]!);
    return out;
  }
}

export function sha512Bytes(data: Uint8Array): Uint8Array {
  return new Sha512().update(data).digest();
}

const ITOA64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const ROUNDS_DEFAULT = 5000;
const SALT_MAX = 16;

/** The byte order of sha512-crypt's output encoding (b64_from_24bit triples, B2 B1 B0). */
const ORDER = [
  [0, 21, 42], [22, 43, 1], [44, 2, 23], [3, 24, 45], [25, 46, 4], [47, 5, 26], [6, 27, 48], [28, 49, 7], [50, 8, 29], [9, 30, 51], [31, 52, 10],
  [53, 11, 32], [12, 33, 54], [34, 55, 13], [56, 14, 35], [15, 36, 57], [37, 58, 16], [59, 17, 38], [18, 39, 60], [40, 61, 19], [62, 20, 41],
] as const;

function b64(w: number, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++, w >>>= 6) s += ITOA64[w & 0x3f];
  return s;
}

/** Repeat block's bytes to fill len bytes (the P and S sequences of the algorithm). */
function stretch(block: Uint8Array, len: number): Uint8Array {
  const out = new Uint8Array(len);
  for (let i = 0; i < len; i += 64) out.set(block.subarray(0, Math.min(64, len - i)), i);
  return out;
}

/**
 * crypt(key, "$6$[rounds=N$]salt[$...]") -> "$6$[rounds=N$]salt$hash". The salt is cut at 16
 * characters or the first '$'; rounds are clamped to 1000..999999999, as glibc does.
 */
export function sha512Crypt(key: string, setting: string): string {
  const enc = new TextEncoder();
  let rest = setting.startsWith("$6$") ? setting.slice(3) : setting;
  let rounds = ROUNDS_DEFAULT;
  let customRounds = false;
  const m = /^rounds=(\d+)\$/.exec(rest);
  if (m) {
    rounds = Math.min(999_999_999, Math.max(1000, Number(m[1])));
    customRounds = true;
    rest = rest.slice(m[0].length);
  }
  const saltStr = rest.split("$")[0]!.slice(0, SALT_MAX);
  const pw = enc.encode(key);
  const salt = enc.encode(saltStr);

  const B = new Sha512().update(pw).update(salt).update(pw).digest();
  const a = new Sha512().update(pw).update(salt);
  for (let n = pw.length; n > 0; n -= 64) a.update(B.subarray(0, Math.min(64, n)));
  for (let n = pw.length; n > 0; n >>= 1) a.update(n & 1 ? B : pw);
  let A = a.digest();

  const dp = new Sha512();
  for (let i = 0; i < pw.length; i++) dp.update(pw);
  const P = stretch(dp.digest(), pw.length);
  const ds = new Sha512();
  for (let i = 0; i < 16 + A[0]!; i++) ds.update(salt);
  const S = stretch(ds.digest(), salt.length);

  for (let i = 0; i < rounds; i++) {
    const c = new Sha512();
    c.update(i & 1 ? P : A);
    if (i % 3) c.update(S);
    if (i % 7) c.update(P);
    c.update(i & 1 ? A : P);
    A = c.digest();
  }

  let out = "$6$" + (customRounds ? `rounds=${rounds}$` : "") + saltStr + "$";
  for (const [x, y, z] of ORDER) out += b64((A[x]! << 16) | (A[y]! << 8) | A[z]!, 4);
  return out + b64(A[63]!, 2);
}

/** A fresh "$6$salt" setting from random bytes (16 salt characters, as libxcrypt makes them). */
export function makeSalt(random: Uint8Array): string {
  let s = "$6$";
  for (let i = 0; i < SALT_MAX; i++) s += ITOA64[(random[i] ?? 0) & 0x3f];
  return s;
}

/** Does key match a crypt(3) hash? Only "$6$" hashes can match; "!", "*" and others never do. */
export function cryptVerify(key: string, hash: string): boolean {
  if (!hash.startsWith("$6$")) return false;
  const setting = hash.slice(0, hash.lastIndexOf("$"));
  return sha512Crypt(key, setting) === hash;
}
