// Read one key's bytes from a raw-mode terminal and nothing more, the way readline reads a byte
// at a time: what is typed ahead stays queued in the terminal for the next reader (the command
// a line starts). An ESC is followed by the rest of its sequence only if those bytes are
// already there (a terminal sends a key's bytes together); alone, it is the Esc key.

import type { Sys } from "../sys.ts";

/** Is the sequence in b (starting with ESC) complete? */
function escapeDone(b: number[]): boolean {
  if (b.length < 2) return false;
  const c1 = b[1]!;
  if (c1 !== 0x5b && c1 !== 0x4f) return true; // ESC x: Alt+x
  if (b.length < 3) return false;
  const last = b[b.length - 1]!;
  if (c1 === 0x4f) return b.length >= 3 && (last < 0x20 || last > 0x3f);
  return last >= 0x40 && last <= 0x7e && b.length >= 3;
}

export async function readKeyBytes(sys: Sys, fd: number): Promise<Uint8Array> {
  const first = await sys.read(fd, 1);
  if (first.length === 0) return first;
  const c = first[0]!;
  if (c === 0x1b) {
    const b = [c];
    while (!escapeDone(b) && sys.ioctl_fionread(fd) > 0) {
      const more = await sys.read(fd, 1);
      if (more.length === 0) break;
      b.push(more[0]!);
    }
    return Uint8Array.from(b);
  }
  if (c < 0xc0) return first;
  const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
  const b = [c];
  while (b.length < len) {
    const more = await sys.read(fd, 1);
    if (more.length === 0) break;
    b.push(more[0]!);
  }
  return Uint8Array.from(b);
}
