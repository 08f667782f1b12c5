// The old checksums of cksum(1) and sum(1): the POSIX CRC (cksum's default: CRC-32 with
// polynomial 0x04C11DB7, MSB first, the length appended, complemented), the BSD 16-bit
// rotating sum (sum -r) and the System V sum (sum -s). Each returns the line's fields
// before the file name, formatted as coreutils' output_crc / output_bsd / output_sysv do.

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i << 24;
    for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1;
    t[i] = c >>> 0;
  }
  return t;
})();

/** cksum: "CRC SIZE". */
export function posixCrc(data: Uint8Array): string {
  let crc = 0;
  for (let i = 0; i < data.length; i++) crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ data[i]!) & 0xff]!) >>> 0;
  for (let n = data.length; n > 0; n = Math.floor(n / 256)) crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ (n & 0xff)) & 0xff]!) >>> 0;
  return `${(~crc) >>> 0} ${data.length}`;
}

/** sum -r: "%05d %5s" of the checksum and 1 KiB blocks (rounded up). */
export function bsdSum(data: Uint8Array): string {
  let sum = 0;
  for (let i = 0; i < data.length; i++) {
    sum = (sum >> 1) + ((sum & 1) << 15);
    sum = (sum + data[i]!) & 0xffff;
  }
  return `${String(sum).padStart(5, "0")} ${String(Math.ceil(data.length / 1024)).padStart(5, " ")}`;
}

/** sum -s: "%d %s" of the checksum and 512-byte blocks (rounded up). */
export function sysvSum(data: Uint8Array): string {
  let s = 0;
  for (let i = 0; i < data.length; i++) s += data[i]!;
  let r = (s & 0xffff) + Math.floor(s / 0x10000);
  r = (r & 0xffff) + (r >>> 16);
  return `${r} ${Math.ceil(data.length / 512)}`;
}
