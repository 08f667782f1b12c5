// date(1): print the time (+FORMAT, -R, -I, --rfc-3339), of -d DATE or -r FILE, in the zone of
// TZ (zoneinfo.ts; /etc/timezone when TZ is unset, UTC with -u); -s sets the wall clock
// (clock_settime, CAP_SYS_TIME).

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { parseDate } from "../lib/parse_date.ts";
import { strftime } from "../lib/time.ts";
import { localtime, UTC_RULE } from "../lib/tz.ts";
import { tzRule } from "./zoneinfo.ts";
import { readFileText } from "../lib/input.ts";
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
  let tz = p.getenv("TZ");
  if (tz === undefined) tz = (await readFileText(sys, "/etc/timezone").catch(() => "")).trim();
  const rule = parsed.opts.some((o) => o.key === "u") ? UTC_RULE : tzRule(tz);
  // A date string may open with TZ="ZONE" (parse_datetime's own zone prefix): the rest is
  // read in that zone, the result still shown in TZ.
  const parseIn = (d: string): bigint | null => {
    const m = /^\s*TZ="([^"]*)"\s*/.exec(d);
    return m ? parseDate(d.slice(m[0].length), now, tzRule(m[1])) : parseDate(d, now, rule);
  };
  let fmt = "%a %b %e %H:%M:%S %Z %Y";
  const show = (t: bigint): string => strftime(fmt, localtime(t, rule)) + "\n";
  let when: bigint = now;
  let dates: string[] | null = null;
  let fmtSet = 0;
  let setFailed = false;
  for (const o of parsed.opts) {
    switch (o.key) {
      case "d": {
        const t = parseIn(o.arg!);
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
        const t = parseIn(o.arg!);
        if (t === null) {
          await p.warn(`invalid date ${quote(o.arg!)}`);
          return 1;
        }
        try {
          sys.clock_settime(CLOCK_REALTIME, t);
        } catch (e) {
          await p.warn(`cannot set date: ${errmsg(e)}`);
          setFailed = true;
        }
        when = t;
        break;
      }
    }
  }
  if (parsed.operands.length > 1) return usageError(p, `extra operand ${quote(parsed.operands[1]!)}`);
  const op = parsed.operands[0];
  if (op !== undefined && op.startsWith("+")) {
    if (fmtSet) return usageError(p, "multiple output formats specified");
    fmt = op.slice(1);
    fmtSet++;
  } else if (op !== undefined) {
    if (parsed.opts.some((o) => "dfrs".includes(o.key))) {
      return usageError(p, `the argument ${quote(op)} lacks a leading '+';\nwhen using an option to specify date(s), any non-option\nargument must be a format string beginning with '+'`);
    }
    // The old way to set the clock: MMDDhhmm[[CC]YY][.ss].
    const m = /^([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2}|[0-9]{4})?(?:\.([0-9]{2}))?$/.exec(op);
    const cur = localtime(now, rule);
    const year = m?.[5] === undefined ? cur.year : m[5].length === 4 ? Number(m[5]) : Number(m[5]) + (Number(m[5]) < 69 ? 2000 : 1900);
    const t = m ? parseDate(`${year}-${m[1]}-${m[2]} ${m[3]}:${m[4]}:${m[6] ?? "00"}`, now, rule) : null;
    if (t === null) {
      await p.warn(`invalid date ${quote(op)}`);
      return 1;
    }
    try {
      sys.clock_settime(CLOCK_REALTIME, t);
    } catch (e) {
      await p.warn(`cannot set date: ${errmsg(e)}`);
      setFailed = true;
    }
    when = t;
  }
  if (dates) {
    let status = 0;
    for (const d of dates) {
      const t = parseIn(d);
      if (t === null) {
        await p.warn(`invalid date ${quote(d)}`);
        status = 1;
      } else await p.out.write(show(t));
    }
    return status;
  }
  await p.out.write(show(when));
  return setFailed ? 1 : 0;
});
