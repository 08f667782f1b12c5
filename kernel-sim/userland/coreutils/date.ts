// date(1): print the time (+FORMAT, -R, -I, --rfc-3339), of -d DATE or -r FILE; -s sets it
// (clock_settime is not offered: reported as not permitted). UTC only.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { parseDate } from "../lib/parse_date.ts";
import { gmtime, strftime } from "../lib/time.ts";
import { CLOCK_REALTIME } from "../../uapi/clock.ts";
import { slurp, splitLines } from "./textfiles.ts";

const ISO: Record<string, string> = {
  date: "%Y-%m-%d",
  hours: "%Y-%m-%dT%H%:z",
  minutes: "%Y-%m-%dT%H:%M%:z",
  seconds: "%Y-%m-%dT%H:%M:%S%:z",
  ns: "%Y-%m-%dT%H:%M:%S,%N%:z",
};
const RFC3339: Record<string, string> = { date: "%Y-%m-%d", seconds: "%Y-%m-%d %H:%M:%S%:z", ns: "%Y-%m-%d %H:%M:%S.%N%:z" };

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "d:f:I::r:Rs:u", [
    { name: "date", has: 1, key: "d" },
    { name: "file", has: 1, key: "f" },
    { name: "iso-8601", has: 2, key: "I" },
    { name: "reference", has: 1, key: "r" },
    { name: "rfc-email", has: 0, key: "R" },
    { name: "rfc-2822", has: 0, key: "R" },
    { name: "rfc-3339", has: 1, key: "rfc-3339" },
    { name: "set", has: 1, key: "s" },
    { name: "utc", has: 0, key: "u" },
    { name: "universal", has: 0, key: "u" },
    { name: "debug", has: 0, key: "debug" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: date [OPTION]... [+FORMAT]\n  or:  date [-u|--utc|--universal] [MMDDhhmm[[CC]YY][.ss]]\nDisplay date and time in the given FORMAT.\n", "David MacKenzie");
  if (hv !== null) return hv;
  const sys = p.sys;
  const now = sys.clock_gettime(CLOCK_REALTIME);
  let fmt = "%a %b %e %H:%M:%S %Z %Y";
  let when: bigint = now;
  let dates: string[] | null = null;
  let fmtSet = 0;
  for (const o of parsed.opts) {
    switch (o.key) {
      case "d": {
        const t = parseDate(o.arg!, now);
        if (t === null) {
          await p.warn(`invalid date ${quote(o.arg!)}`);
          return 1;
        }
        when = t;
        break;
      }
      case "f": {
        const t = await slurp(p, o.arg!);
        if (t === null) return 1;
        dates = splitLines(t);
        break;
      }
      case "r":
        try {
          when = sys.stat(o.arg!).mtimeNs;
        } catch (e) {
          await p.warn(`${o.arg}: ${errmsg(e)}`);
          return 1;
        }
        break;
      case "R": fmt = "%a, %d %b %Y %H:%M:%S %z"; fmtSet++; break;
      case "I": {
        const k = o.arg ?? "date";
        const f = ISO[k] ?? ISO[Object.keys(ISO).find((x) => x.startsWith(k)) ?? ""];
        if (!f) {
          await usageError(p, `invalid argument ${quote(k)} for '--iso-8601'\nValid arguments are:\n  - 'hours'\n  - 'minutes'\n  - 'date'\n  - 'seconds'\n  - 'ns'`);
          return 1;
        }
        fmt = f;
        fmtSet++;
        break;
      }
      case "rfc-3339": {
        const f = RFC3339[o.arg!];
        if (!f) return usageError(p, `invalid argument ${quote(o.arg!)} for '--rfc-3339'`);
        fmt = f;
        fmtSet++;
        break;
      }
      case "s": {
        const t = parseDate(o.arg!, now);
        if (t === null) {
          await p.warn(`invalid date ${quote(o.arg!)}`);
          return 1;
        }
        await p.warn("cannot set date: Operation not permitted");
        return 1;
      }
    }
  }
  for (const op of parsed.operands) {
    if (op.startsWith("+")) {
      if (fmtSet) return usageError(p, "multiple output formats specified");
      fmt = op.slice(1);
      fmtSet++;
    } else return usageError(p, `extra operand ${quote(op)}`);
  }
  if (parsed.operands.length > 1) return usageError(p, `extra operand ${quote(parsed.operands[1]!)}`);
  if (dates) {
    let status = 0;
    for (const d of dates) {
      const t = parseDate(d, now);
      if (t === null) {
        await p.warn(`invalid date ${quote(d)}`);
        status = 1;
      } else await p.out.write(strftime(fmt, gmtime(t)) + "\n");
    }
    return status;
  }
  await p.out.write(strftime(fmt, gmtime(when)) + "\n");
  return 0;
});
