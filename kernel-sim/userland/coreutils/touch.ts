// touch(1): create files, set times to now, -d DATE, -t [[CC]YY]MMDDhhmm[.ss], -r FILE;
// -a/-m choose which time, -c does not create, -h acts on a symlink itself.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { parseDate } from "../lib/parse_date.ts";
import { Errno, ENOENT } from "../../uapi/errno.ts";
import { AT_FDCWD, AT_SYMLINK_NOFOLLOW, O_CREAT, O_WRONLY } from "../../uapi/fcntl.ts";
import { CLOCK_REALTIME } from "../../uapi/clock.ts";
import { UTIME_NOW, UTIME_OMIT } from "../../uapi/stat.ts";

/** -t STAMP: [[CC]YY]MMDDhhmm[.ss], UTC. */
export function parseStamp(s: string, nowNs: bigint): bigint | null {
  const m = /^([0-9]{8}|[0-9]{10}|[0-9]{12})(?:\.([0-9]{2}))?$/.exec(s);
  if (!m) return null;
  let d = m[1]!;
  let year = new Date(Number(nowNs / 1_000_000n)).getUTCFullYear();
  if (d.length === 12) {
    year = Number(d.slice(0, 4));
    d = d.slice(4);
  } else if (d.length === 10) {
    const yy = Number(d.slice(0, 2));
    year = yy < 69 ? 2000 + yy : 1900 + yy;
    d = d.slice(2);
  }
  const [mo, dd, hh, mi] = [0, 2, 4, 6].map((i) => Number(d.slice(i, i + 2)));
  const ss = Number(m[2] ?? 0);
  if (mo! < 1 || mo! > 12 || dd! < 1 || dd! > 31 || hh! > 23 || mi! > 59 || ss > 60) return null;
  return BigInt(Date.UTC(year, mo! - 1, dd!, hh!, mi!, ss) / 1000) * 1_000_000_000n;
}

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "acd:fhmr:t:", [
    { name: "no-create", has: 0, key: "c" },
    { name: "date", has: 1, key: "d" },
    { name: "no-dereference", has: 0, key: "h" },
    { name: "reference", has: 1, key: "r" },
    { name: "time", has: 1, key: "time" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: touch [OPTION]... FILE...\nUpdate the access and modification times of each FILE to the current time.\n", "Paul Rubin, Arnold Robbins, Jim Kingdon,\nDavid MacKenzie, and Randy Smith");
  if (hv !== null) return hv;
  const sys = p.sys;
  const now = sys.clock_gettime(CLOCK_REALTIME);
  let atime = true, mtime = true, noCreate = false, noDeref = false;
  let explicitA = false, explicitM = false;
  let a: bigint = UTIME_NOW, m: bigint = UTIME_NOW;
  for (const o of parsed.opts) {
    switch (o.key) {
      case "a": explicitA = true; break;
      case "m": explicitM = true; break;
      case "c": noCreate = true; break;
      case "h": noDeref = true; break;
      case "time": if (/^(atime|access|use)$/.test(o.arg!)) explicitA = true; else explicitM = true; break;
      case "d": {
        const t = parseDate(o.arg!, now);
        if (t === null) {
          await p.warn(`invalid date format ${quote(o.arg!)}`);
          return 1;
        }
        a = m = t;
        break;
      }
      case "t": {
        const t = parseStamp(o.arg!, now);
        if (t === null) {
          await p.warn(`invalid date format ${quote(o.arg!)}`);
          return 1;
        }
        a = m = t;
        break;
      }
      case "r":
        try {
          const st = sys.stat(o.arg!);
          a = st.atimeNs;
          m = st.mtimeNs;
          } catch (e) {
          await p.warn(`failed to get attributes of ${quote(o.arg!)}: ${errmsg(e)}`);
          return 1;
        }
        break;
    }
  }
  if (explicitA || explicitM) {
    atime = explicitA;
    mtime = explicitM;
  }
  if (parsed.operands.length === 0) return usageError(p, "missing file operand");
  let status = 0;
  for (const f of parsed.operands) {
    try {
      sys.utimensat(AT_FDCWD, f, [atime ? a : UTIME_OMIT, mtime ? m : UTIME_OMIT], noDeref ? AT_SYMLINK_NOFOLLOW : 0);
    } catch (e) {
      if (e instanceof Errno && e.errno === ENOENT && !noCreate && !noDeref) {
        try {
          const fd = await sys.open(f, O_WRONLY | O_CREAT, 0o666);
          sys.close(fd);
          sys.utimensat(AT_FDCWD, f, [atime ? a : UTIME_OMIT, mtime ? m : UTIME_OMIT], 0);
          continue;
        } catch (e2) {
          await p.warn(`cannot touch ${quote(f)}: ${errmsg(e2)}`);
          status = 1;
          continue;
        }
      }
      if (e instanceof Errno && e.errno === ENOENT && noCreate) continue;
      await p.warn(`setting times of ${quote(f)}: ${errmsg(e)}`);
      status = 1;
    }
  }
  return status;
});
