// Time zones for localtime(3): a POSIX TZ rule ("EST5EDT,M3.2.0,M11.1.0", "CST-8",
// "<+0530>-5:30") parsed as glibc's tzset does - offsets west-positive, DST rules as Mm.w.d,
// Jn or n, with an optional /time, and US rules when a DST name has none. A zone name
// ("Asia/Shanghai") is mapped to such a rule by the caller's table (coreutils/zoneinfo.ts);
// the simulated host has no compiled zoneinfo files, so historical changes are not known.

import { gmtime, type Tm } from "./time.ts";

export interface TzRule {
  stdName: string;
  /** Seconds east of UTC (the opposite sign of the TZ string). */
  stdOff: number;
  dstName: string | null;
  dstOff: number;
  start: Transition | null;
  end: Transition | null;
}

interface Transition {
  kind: "M" | "J" | "n";
  month: number;
  week: number;
  day: number;
  /** Local time of day of the change, in seconds. */
  time: number;
}

export const UTC_RULE: TzRule = { stdName: "UTC", stdOff: 0, dstName: null, dstOff: 0, start: null, end: null };

/** Parse a POSIX TZ string; null when it is not one. */
export function parseTzRule(s: string): TzRule | null {
  let i = 0;
  const name = (): string | null => {
    if (s[i] === "<") {
      const j = s.indexOf(">", i);
      if (j < 0) return null;
      const n = s.slice(i + 1, j);
      i = j + 1;
      return n;
    }
    const m = /^[A-Za-z]{3,}/.exec(s.slice(i));
    if (!m) return null;
    i += m[0].length;
    return m[0];
  };
  const offset = (): number | null => {
    const m = /^([+-]?)([0-9]{1,3})(?::([0-9]{1,2}))?(?::([0-9]{1,2}))?/.exec(s.slice(i));
    if (!m) return null;
    i += m[0].length;
    const v = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
    return m[1] === "-" ? -v : v;
  };
  const stdName = name();
  if (stdName === null) return null;
  const std = offset();
  if (std === null) return null;
  const rule: TzRule = { stdName, stdOff: -std, dstName: null, dstOff: 0, start: null, end: null };
  if (i >= s.length) return rule;
  const dstName = name();
  if (dstName === null) return null;
  rule.dstName = dstName;
  rule.dstOff = rule.stdOff + 3600;
  if (s[i] !== "," && i < s.length) {
    const d = offset();
    if (d === null) return null;
    rule.dstOff = -d;
  }
  const transition = (): Transition | null => {
    let t: Transition;
    const rest = s.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^M([0-9]{1,2})\.([1-5])\.([0-6])/.exec(rest))) t = { kind: "M", month: Number(m[1]), week: Number(m[2]), day: Number(m[3]), time: 7200 };
    else if ((m = /^J([0-9]{1,3})/.exec(rest))) t = { kind: "J", month: 0, week: 0, day: Number(m[1]), time: 7200 };
    else if ((m = /^([0-9]{1,3})/.exec(rest))) t = { kind: "n", month: 0, week: 0, day: Number(m[1]), time: 7200 };
    else return null;
    i += m[0].length;
    if (s[i] === "/") {
      i++;
      const v = offset();
      if (v === null) return null;
      t.time = v;
    }
    return t;
  };
  if (s[i] === ",") {
    i++;
    rule.start = transition();
    if (s[i] !== ",") return null;
    i++;
    rule.end = transition();
    if (!rule.start || !rule.end) return null;
  } else {
    // glibc's default without rules (posixrules): the US rules since 2007.
    rule.start = { kind: "M", month: 3, week: 2, day: 0, time: 7200 };
    rule.end = { kind: "M", month: 11, week: 1, day: 0, time: 7200 };
  }
  return i === s.length ? rule : null;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Seconds from the start of year y (UTC-like wall time) to the transition's day. */
function transitionDay(y: number, t: Transition): number {
  const jan1 = Date.UTC(y, 0, 1) / 1000;
  if (t.kind === "J") return jan1 + (t.day - 1 + (isLeap(y) && t.day >= 60 ? 1 : 0)) * 86400;
  if (t.kind === "n") return jan1 + t.day * 86400;
  const first = Date.UTC(y, t.month - 1, 1) / 1000;
  const wday = new Date(first * 1000).getUTCDay();
  let day = 1 + ((t.day - wday + 7) % 7) + (t.week - 1) * 7;
  const dim = new Date(Date.UTC(y, t.month, 0)).getUTCDate();
  while (day > dim) day -= 7;
  return first + (day - 1) * 86400;
}

/** The offset (seconds east), abbreviation and DST flag in force at utcSec. */
export function zoneAt(rule: TzRule, utcSec: number): { off: number; abbr: string; isdst: boolean } {
  if (!rule.dstName || !rule.start || !rule.end) return { off: rule.stdOff, abbr: rule.stdName, isdst: false };
  const y = new Date((utcSec + rule.stdOff) * 1000).getUTCFullYear();
  const start = transitionDay(y, rule.start) + rule.start.time - rule.stdOff;
  const end = transitionDay(y, rule.end) + rule.end.time - rule.dstOff;
  const dst = start < end ? utcSec >= start && utcSec < end : utcSec >= start || utcSec < end;
  return dst ? { off: rule.dstOff, abbr: rule.dstName, isdst: true } : { off: rule.stdOff, abbr: rule.stdName, isdst: false };
}

/**
 * mktime(3)'s direction: the UTC seconds of a local wall time (seconds, as if UTC). A wall
 * time that happens twice (the hour DST ends) is its DST one, as glibc's mktime picks; one
 * that never happens (the hour DST starts) is null: date -d calls it an invalid date.
 */
export function wallToUtc(rule: TzRule, wallSec: number): number | null {
  const offs = rule.dstName ? [rule.dstOff, rule.stdOff] : [rule.stdOff];
  for (const off of offs) if (zoneAt(rule, wallSec - off).off === off) return wallSec - off;
  return null;
}

/** localtime(3) of ns since the epoch under rule. */
export function localtime(ns: bigint, rule: TzRule): Tm {
  const z = zoneAt(rule, Number(ns / 1_000_000_000n));
  const tm = gmtime(ns + BigInt(z.off) * 1_000_000_000n);
  tm.epoch -= z.off;
  tm.gmtoff = z.off;
  tm.zone = z.abbr;
  return tm;
}
