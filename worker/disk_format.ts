// The saved disk as bytes: a named, versioned record ("vlab-disk", schema N) that survives a
// structured clone into IndexedDB and a download as one file. The format is binary on purpose:
// file contents stay Uint8Arrays end to end (no base64, no JSON of strings), so a 20 MB disk
// costs about 20 MB and one copy to save.
//
// Layout (little-endian):
//   "VLABDISK"  u32 schema  u32 metaLen  meta (UTF-8 JSON: DiskMeta)
//   inode records (see writeInode), then "END!" u32 inodeCount.
// Schemas: 1 kept a regular file as all its bytes; 2 keeps only its extents (the pages that
// hold data), so a sparse file's holes cost nothing and survive a reload. Both are read.
// A reader checks every length against the buffer, so a truncated or garbled disk is a
// DiskFormatError with a reason, never a half-restored machine.

import { S_IFDIR, S_IFLNK, S_IFMT, S_IFREG } from "../kernel-sim/uapi/stat.ts";
import type { DiskExtent, DiskImage, DiskInode, DiskMeta } from "../kernel-sim/host/index.ts";

// The record itself is the host's (it lays a machine out from one): this file only encodes it.
export type { DiskExtent, DiskImage, DiskInode, DiskMeta };

/** The schema this code writes. Bump it with a migration in MIGRATIONS. */
export const DISK_SCHEMA = 2;
const MAGIC = "VLABDISK";
const END = "END!";

export class DiskFormatError extends Error {
  override name = "DiskFormatError";
}

/**
 * Migrations from schema N to N+1, applied in order on a decoded image. The binary layout of
 * an older schema is read by decodeDisk's per-schema branch; the record is then migrated.
 */
const MIGRATIONS: Record<number, (img: DiskImage) => DiskImage> = {
  // 1 -> 2 changed only how a file's bytes are laid out: readInode reads a schema-1 file as
  // one extent at offset 0, so the record needs nothing more.
  1: (img) => ({ ...img, schema: 2 }),
};

const enc = new TextEncoder();
const dec = new TextDecoder("utf-8", { fatal: true });

class ByteWriter {
  buf: Uint8Array;
  view: DataView;
  pos = 0;
  constructor(size: number) {
    this.buf = new Uint8Array(size);
    this.view = new DataView(this.buf.buffer);
  }
  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
    grown.set(this.buf.subarray(0, this.pos));
    this.buf = grown;
    this.view = new DataView(grown.buffer);
  }
  u8(v: number): void {
    this.ensure(1);
    this.buf[this.pos++] = v;
  }
  u32(v: number): void {
    this.ensure(4);
    this.view.setUint32(this.pos, v, true);
    this.pos += 4;
  }
  f64(v: number): void {
    this.ensure(8);
    this.view.setFloat64(this.pos, v, true);
    this.pos += 8;
  }
  i64(v: bigint): void {
    this.ensure(8);
    this.view.setBigInt64(this.pos, v, true);
    this.pos += 8;
  }
  bytes(b: Uint8Array): void {
    this.u32(b.length);
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
  str(s: string): void {
    this.bytes(enc.encode(s));
  }
  raw(s: string): void {
    const b = enc.encode(s);
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
  /**
   * The written bytes in a buffer of their own size (IndexedDB's structured clone stores a
   * view's whole buffer). transfer() trims the buffer and frees the old one at once, where a
   * slice would hold a second copy (20 MB for a 20 MB disk) until the next garbage collection.
   */
  result(): Uint8Array {
    if (this.pos === this.buf.length) return this.buf;
    const ab = this.buf.buffer as ArrayBuffer & { transfer?: (n: number) => ArrayBuffer };
    return ab.transfer ? new Uint8Array(ab.transfer(this.pos)) : this.buf.slice(0, this.pos);
  }
}

class ByteReader {
  private readonly view: DataView;
  pos = 0;
  constructor(private readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  need(n: number): void {
    if (n < 0 || this.pos + n > this.buf.length) throw new DiskFormatError(`truncated at byte ${this.pos} (needs ${n} more, has ${this.buf.length - this.pos})`);
  }
  u8(): number {
    this.need(1);
    return this.buf[this.pos++]!;
  }
  u32(): number {
    this.need(4);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  f64(): number {
    this.need(8);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }
  i64(): bigint {
    this.need(8);
    const v = this.view.getBigInt64(this.pos, true);
    this.pos += 8;
    return v;
  }
  bytes(): Uint8Array {
    const n = this.u32();
    this.need(n);
    const b = this.buf.slice(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }
  str(): string {
    const n = this.u32();
    this.need(n);
    try {
      return dec.decode(this.buf.subarray(this.pos, (this.pos += n)));
    } catch {
      throw new DiskFormatError(`bad UTF-8 in a name before byte ${this.pos}`);
    }
  }
  raw(len: number): string {
    this.need(len);
    return String.fromCharCode(...this.buf.subarray(this.pos, (this.pos += len)));
  }
  get done(): boolean {
    return this.pos === this.buf.length;
  }
}

const HAS_XATTRS = 1;

function writeInode(w: ByteWriter, i: DiskInode): void {
  w.u32(i.ino);
  w.u32(i.mode);
  w.u32(i.uid);
  w.u32(i.gid);
  w.u32(i.nlink);
  w.u32(i.rdev);
  w.f64(i.size);
  w.i64(i.atimeNs);
  w.i64(i.mtimeNs);
  w.i64(i.ctimeNs);
  w.i64(i.btimeNs);
  w.u8(i.xattrs && i.xattrs.length > 0 ? HAS_XATTRS : 0);
  switch (i.mode & S_IFMT) {
    case S_IFREG: {
      const ex = i.extents ?? [];
      w.u32(ex.length);
      for (const e of ex) {
        w.f64(e.offset);
        w.bytes(e.bytes);
      }
      break;
    }
    case S_IFLNK:
      w.str(i.target ?? "");
      break;
    case S_IFDIR: {
      const ch = i.children ?? [];
      w.u32(ch.length);
      for (const [name, ino] of ch) {
        w.str(name);
        w.u32(ino);
      }
      break;
    }
  }
  if (i.xattrs && i.xattrs.length > 0) {
    w.u32(i.xattrs.length);
    for (const [name, value] of i.xattrs) {
      w.str(name);
      w.bytes(value);
    }
  }
}

/** A regular file's extents: in order, not overlapping, none past the end of the file. */
function readExtents(r: ByteReader, i: DiskInode, schema: number): DiskExtent[] {
  if (schema === 1) {
    const data = r.bytes();
    if (data.length !== i.size) throw new DiskFormatError(`inode ${i.ino}: size ${i.size} but ${data.length} bytes`);
    return data.length > 0 ? [{ offset: 0, bytes: data }] : [];
  }
  const n = r.u32();
  const out: DiskExtent[] = [];
  let end = 0;
  for (let k = 0; k < n; k++) {
    const offset = r.f64();
    const bytes = r.bytes();
    if (!Number.isSafeInteger(offset) || offset < end || offset + bytes.length > i.size) throw new DiskFormatError(`inode ${i.ino}: extent ${k} (${bytes.length} bytes at ${offset}) overlaps another or passes the file's size ${i.size}`);
    end = offset + bytes.length;
    out.push({ offset, bytes });
  }
  return out;
}

function readInode(r: ByteReader, schema: number): DiskInode {
  const i: DiskInode = {
    ino: r.u32(),
    mode: r.u32(),
    uid: r.u32(),
    gid: r.u32(),
    nlink: r.u32(),
    rdev: r.u32(),
    size: r.f64(),
    atimeNs: r.i64(),
    mtimeNs: r.i64(),
    ctimeNs: r.i64(),
    btimeNs: r.i64(),
  };
  const flags = r.u8();
  switch (i.mode & S_IFMT) {
    case S_IFREG:
      i.extents = readExtents(r, i, schema);
      break;
    case S_IFLNK:
      i.target = r.str();
      break;
    case S_IFDIR: {
      const n = r.u32();
      const ch: [string, number][] = [];
      for (let k = 0; k < n; k++) ch.push([r.str(), r.u32()]);
      i.children = ch;
      break;
    }
  }
  if (flags & HAS_XATTRS) {
    const n = r.u32();
    i.xattrs = [];
    for (let k = 0; k < n; k++) i.xattrs.push([r.str(), r.bytes()]);
  }
  return i;
}

/** The image as one byte string (what IndexedDB stores and "Export disk" downloads). */
export function encodeDisk(img: DiskImage): Uint8Array {
  let guess = 4096;
  for (const i of img.inodes) {
    guess += 96 + (i.children?.length ?? 0) * 24;
    for (const e of i.extents ?? []) guess += 12 + e.bytes.length;
  }
  const w = new ByteWriter(guess);
  w.raw(MAGIC);
  w.u32(DISK_SCHEMA); // the layout written here, whatever schema the image was read from
  w.bytes(enc.encode(JSON.stringify(img.meta)));
  for (const i of img.inodes) writeInode(w, i);
  w.raw(END);
  w.u32(img.inodes.length);
  return w.result();
}

/**
 * Read a saved disk, migrating it to DISK_SCHEMA. Throws DiskFormatError saying what is wrong:
 * not a vlab disk, a newer schema than this app knows, or damage at a byte offset.
 */
export function decodeDisk(bytes: Uint8Array): DiskImage {
  const r = new ByteReader(bytes);
  if (bytes.length < 16 || r.raw(MAGIC.length) !== MAGIC) throw new DiskFormatError("not a vlab disk (no VLABDISK header)");
  const schema = r.u32();
  if (schema < 1 || schema > DISK_SCHEMA) throw new DiskFormatError(`disk schema ${schema} is unknown to this version of vlab (it reads 1 to ${DISK_SCHEMA})`);
  let meta: DiskMeta;
  try {
    meta = JSON.parse(dec.decode(r.bytes())) as DiskMeta;
  } catch (e) {
    if (e instanceof DiskFormatError) throw e;
    throw new DiskFormatError("the disk's header is damaged");
  }
  if (meta.format !== "vlab-disk" || typeof meta.rootIno !== "number" || !Array.isArray(meta.programs)) throw new DiskFormatError("the disk's header is damaged");
  const inodes: DiskInode[] = [];
  while (r.pos + END.length + 4 <= bytes.length) {
    const save = r.pos;
    if (r.raw(END.length) === END) {
      const n = r.u32();
      if (n !== inodes.length) throw new DiskFormatError(`the disk lists ${n} inodes but holds ${inodes.length}`);
      if (!r.done) throw new DiskFormatError(`${bytes.length - r.pos} stray bytes after the end`);
      let img: DiskImage = { schema, meta, inodes };
      for (let s = schema; s < DISK_SCHEMA; s++) img = MIGRATIONS[s]!(img);
      checkTree(img);
      return img;
    }
    r.pos = save;
    inodes.push(readInode(r, schema));
  }
  throw new DiskFormatError("truncated: the end marker is missing");
}

/** Every directory entry names an inode that exists, and the root is a directory. */
function checkTree(img: DiskImage): void {
  const byIno = new Map<number, DiskInode>();
  for (const i of img.inodes) byIno.set(i.ino, i);
  const root = byIno.get(img.meta.rootIno);
  if (!root || (root.mode & S_IFMT) !== S_IFDIR) throw new DiskFormatError("the root directory is missing");
  for (const i of img.inodes) for (const [name, ino] of i.children ?? []) if (!byIno.has(ino)) throw new DiskFormatError(`entry ${JSON.stringify(name)} names missing inode ${ino}`);
}
