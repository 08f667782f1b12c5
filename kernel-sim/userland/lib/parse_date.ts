// A subset of gnulib's parse_datetime() (date -d, touch -d): calendar dates (2020-01-02,
// 01/02/2020, "Jan 2 2020", "2 Jan 2020"), times (03:04[:05[.frac]], with am/pm), ISO "T",
// zones (UTC, Z, +hhmm), "@SECONDS", and relative items ("+1 day", "2 weeks ago",
// "tomorrow", "next month", "last year", "now", "today"). A date without a zone is local time
// under the rule given (tz.ts), UTC without one.

import { wallToUtc, zoneAt, type TzRule } from "./tz.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const UNITS: Record<string, number> = { second: 1, sec: 1, minute: 60, min: 60, hour: 3600, day: 86400, week: 604800, fortnight: 1209600 };

/** Parse; returns ns since the epoch, or null if the string is not a date. */
export function parseDate(input: string, nowNs: bigint, rule?: TzRule): bigint | null {
  let s = input.trim().toLowerCase();
  if (s.startsWith("@")) {
    const m = /^@([+-]?[0-9]+)(?:\.([0-9]+))?$/.exec(s);
    if (!m) return null;
    const frac = (m[2] ?? "").padEnd(9, "0").slice(0, 9);
    return BigInt(m[1]!) * 1_000_000_000n + (m[1]!.startsWith("-") ? -1n : 1n) * BigInt(frac || "0");
  }
  const nowOff = rule ? zoneAt(rule, Number(nowNs / 1_000_000_000n)).off : 0;
  const now = new Date(Number(nowNs / 1_000_000n) + nowOff * 1000);
  let y = now.getUTCFullYear(), mo = now.getUTCMonth(), d = now.getUTCDate();
  let h = now.getUTCHours(), mi = now.getUTCMinutes(), sec = now.getUTCSeconds();
  let nsec = Number(nowNs % 1_000_000_000n);
  let haveDate = false, haveTime = false;
  let zoneOffset = 0;
  let haveZone = false;
  let relSec = 0, relMonths = 0, relDays = 0;
  let weekday = -1;
  const take = (re: RegExp): RegExpExecArray | null => {
    const m = re.exec(s);
    if (m) s = s.slice(m[0].length).trimStart();
    return m;
  };
  while (s.length > 0) {
    let m: RegExpExecArray | null;
    if ((m = take(/^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:t|\b)/))) {
      y = Number(m[1]); mo = Number(m[2]) - 1; d = Number(m[3]); haveDate = true;
      if (!haveTime) { h = mi = sec = nsec = 0; }
      continue;
    }
    if ((m = take(/^([0-9]{1,2})\/([0-9]{1,2})\/([0-9]{2,4})\b/))) {
      mo = Number(m[1]) - 1; d = Number(m[2]); y = Number(m[3]); if (y < 100) y += y < 69 ? 2000 : 1900;
      haveDate = true;
      if (!haveTime) { h = mi = sec = nsec = 0; }
      continue;
    }
    if ((m = take(/^([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]+))?)?\s*(am|pm|a\.m\.|p\.m\.)?/))) {
      h = Number(m[1]); mi = Number(m[2]); sec = Number(m[3] ?? 0);
      nsec = Number((m[4] ?? "").padEnd(9, "0").slice(0, 9) || 0);
      if (m[5]?.startsWith("p") && h < 12) h += 12;
      if (m[5]?.startsWith("a") && h === 12) h = 0;
      haveTime = true;
      if (!haveDate) haveDate = true;
      continue;
    }
    if ((m = take(/^(utc|gmt|z|ut)\b/))) {
      haveZone = true;
      continue;
    }
    if (haveTime && (m = take(/^([+-])([0-9]{2}):?([0-9]{2})\b/))) {
      zoneOffset = (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3]) * 60);
      haveZone = true;
      continue;
    }
    m = /^([a-z]{3})[a-z]*\.?\s+([0-9]{1,2})(?:,?\s+([0-9]{4}))?\b/.exec(s);
    if (m && MONTHS.includes(m[1]!)) {
      s = s.slice(m[0].length).trimStart();
      mo = MONTHS.indexOf(m[1]!); d = Number(m[2]); if (m[3]) y = Number(m[3]); haveDate = true;
      if (!haveTime) { h = mi = sec = nsec = 0; }
      continue;
    }
    m = /^([0-9]{1,2})\s+([a-z]{3})[a-z]*\.?(?:\s+([0-9]{4}))?\b/.exec(s);
    if (m && MONTHS.includes(m[2]!)) {
      s = s.slice(m[0].length).trimStart();
      d = Number(m[1]); mo = MONTHS.indexOf(m[2]!); if (m[3]) y = Number(m[3]); haveDate = true;
      if (!haveTime) { h = mi = sec = nsec = 0; }
      continue;
    }
    if ((m = take(/^([a-z]{3})[a-z]*,?(?=\s|$)/)) && DAYS.includes(m[1]!)) {
      weekday = DAYS.indexOf(m[1]!);
      continue;
    } else if (m && !["now", "tod", "tom", "yes", "nex", "las", "thi", "ago"].includes(m[1]!)) {
      if (!/^[a-z]+$/.test(m[0]) || !(m[0].replace(/s$/, "") in UNITS || ["month", "year"].includes(m[0].replace(/s$/, "")))) return null;
      s = m[0] + " " + s;
    } else if (m) s = m[0] + " " + s;
    if ((m = take(/^(now|today)\b/))) continue;
    if ((m = take(/^tomorrow\b/))) { relDays += 1; continue; }
    if ((m = take(/^yesterday\b/))) { relDays -= 1; continue; }
    if ((m = take(/^(?:([+-]?\s*[0-9]+)|(next|last|this|a))?\s*(second|sec|minute|min|hour|day|week|fortnight|month|year)s?\b(\s+ago\b)?/))) {
      if (m[1] === undefined && m[2] === undefined && m[3] === undefined) return null;
      let n = m[1] !== undefined ? Number(m[1].replace(/\s+/g, "")) : m[2] === "last" ? -1 : m[2] === "this" ? 0 : 1;
      if (m[4]) n = -n;
      const unit = m[3]!;
      if (unit === "month") relMonths += n;
      else if (unit === "year") relMonths += 12 * n;
      else if (unit === "day") relDays += n;
      else if (unit === "week" || unit === "fortnight") relDays += (n * UNITS[unit]!) / 86400;
      else relSec += n * UNITS[unit]!;
      continue;
    }
    if ((m = take(/^([0-9]{4})([0-9]{2})([0-9]{2})\b/))) {
      y = Number(m[1]); mo = Number(m[2]) - 1; d = Number(m[3]); haveDate = true;
      if (!haveTime) { h = mi = sec = nsec = 0; }
      continue;
    }
    return null;
  }
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 24 || mi > 59 || sec > 60) return null;
  // Months add to the calendar month and may overflow the day, as mktime normalises.
  let ms = Date.UTC(y, mo + relMonths, d + relDays, h, mi, sec);
  if (weekday >= 0) {
    const cur = new Date(ms).getUTCDay();
    ms += ((weekday - cur + 7) % 7) * 86400000;
  }
  const wall = Math.round(ms / 1000);
  const base = haveZone || !rule ? wall - zoneOffset : wallToUtc(rule, wall);
  if (base === null) return null;
  const total = BigInt(base + relSec) * 1_000_000_000n + BigInt(nsec);
  return total;
}
