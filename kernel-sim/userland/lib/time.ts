// Broken-down time and strftime(3) in the C locale, for date, ls -l, stat, ps and uptime.
// gmtime(3) here; localtime(3) with a time zone is tz.ts's, filling tm_gmtoff and tm_zone.

export interface Tm {
  year: number; // full year
  mon: number; // 0-11
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number; // 0 = Sunday
  yday: number; // 0-365
  nsec: number;
  /** Seconds since the epoch. */
  epoch: number;
  /** tm_gmtoff: seconds east of UTC (0 when absent: gmtime). */
  gmtoff?: number;
  /** tm_zone: the abbreviation %Z prints ("UTC" when absent). */
  zone?: string;
}

export const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** gmtime(3) of a time in nanoseconds since the epoch. */
export function gmtime(ns: bigint): Tm {
  let sec = ns / 1_000_000_000n;
  let nsec = Number(ns % 1_000_000_000n);
  if (nsec < 0) {
    nsec += 1_000_000_000;
    sec -= 1n;
  }
  const epoch = Number(sec);
  const d = new Date(epoch * 1000);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  return {
    year: d.getUTCFullYear(),
    mon: d.getUTCMonth(),
    mday: d.getUTCDate(),
    hour: d.getUTCHours(),
    min: d.getUTCMinutes(),
    sec: d.getUTCSeconds(),
    wday: d.getUTCDay(),
    yday: Math.floor((epoch * 1000 - start) / 86_400_000),
    nsec,
    epoch,
  };
}

function pad(n: number, width: number, fill: string): string {
  const s = String(Math.abs(n));
  return (n < 0 ? "-" : "") + (s.length >= width ? s : fill.repeat(width - s.length) + s);
}

/** ISO 8601 week number and year (%V, %G). */
function isoWeek(tm: Tm): [number, number] {
  const wdayMon = (tm.wday + 6) % 7; // Monday = 0
  let year = tm.year;
  let week = Math.floor((tm.yday - wdayMon + 10) / 7);
  if (week < 1) {
    year--;
    const prevDays = isLeap(year) ? 366 : 365;
    week = Math.floor((tm.yday + prevDays - wdayMon + 10) / 7);
  } else if (week === 53) {
    const days = isLeap(year) ? 366 : 365;
    if (tm.yday - wdayMon + 3 >= days) {
      week = 1;
      year++;
    }
  }
  return [week, year];
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** strftime(3) with GNU's flags (-, _, 0, ^) and widths, plus %N (nanoseconds) as date(1) has. */
export function strftime(fmt: string, tm: Tm): string {
  let out = "";
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c !== "%") {
      out += c;
      continue;
    }
    let flag = "";
    let j = i + 1;
    while (j < fmt.length && "-_0^#".includes(fmt[j]!)) flag = fmt[j++]!;
    let width = -1;
    let w = "";
    while (j < fmt.length && fmt[j]! >= "0" && fmt[j]! <= "9") w += fmt[j++];
    if (w) width = Number(w);
    let colons = 0;
    while (fmt[j] === ":") {
      colons++;
      j++;
    }
    const conv = fmt[j];
    if (conv === undefined) {
      out += fmt.slice(i);
      break;
    }
    i = j;
    const num = (n: number, def: number, fill = "0"): string => {
      if (flag === "-") return String(n);
      const f = flag === "_" ? " " : flag === "0" ? "0" : fill;
      return pad(n, width >= 0 ? width : def, f);
    };
    const str = (s: string): string => {
      if (flag === "^") s = s.toUpperCase();
      // glibc's "#": swap case - names go upper case, %p and %Z (already upper) go lower.
      else if (flag === "#" && "aAbBh".includes(conv)) s = s.toUpperCase();
      else if (flag === "#" && (conv === "p" || conv === "Z")) s = s.toLowerCase();
      return width > s.length ? " ".repeat(width - s.length) + s : s;
    };
    switch (conv) {
      case "a": out += str(DAYS[tm.wday]!.slice(0, 3)); break;
      case "A": out += str(DAYS[tm.wday]!); break;
      case "b": case "h": out += str(MONTHS[tm.mon]!.slice(0, 3)); break;
      case "B": out += str(MONTHS[tm.mon]!); break;
      case "c": out += str(strftime("%a %b %e %H:%M:%S %Y", tm)); break;
      case "C": out += num(Math.floor(tm.year / 100), 2); break;
      case "d": out += num(tm.mday, 2); break;
      case "D": out += str(strftime("%m/%d/%y", tm)); break;
      case "e": out += num(tm.mday, 2, " "); break;
      case "F": out += str(strftime("%Y-%m-%d", tm)); break;
      case "g": out += num(isoWeek(tm)[1] % 100, 2); break;
      case "G": out += num(isoWeek(tm)[1], 4); break;
      case "H": out += num(tm.hour, 2); break;
      case "I": out += num(tm.hour % 12 || 12, 2); break;
      case "j": out += num(tm.yday + 1, 3); break;
      case "k": out += num(tm.hour, 2, " "); break;
      case "l": out += num(tm.hour % 12 || 12, 2, " "); break;
      case "m": out += num(tm.mon + 1, 2); break;
      case "M": out += num(tm.min, 2); break;
      case "n": out += "\n"; break;
      case "N": {
        const digits = String(tm.nsec).padStart(9, "0");
        out += width > 0 ? digits.slice(0, width).padEnd(width, "0") : digits;
        break;
      }
      case "p": out += str(tm.hour < 12 ? "AM" : "PM"); break;
      case "P": out += str(tm.hour < 12 ? "am" : "pm"); break;
      case "r": out += str(strftime("%I:%M:%S %p", tm)); break;
      case "R": out += str(strftime("%H:%M", tm)); break;
      case "s": out += num(tm.epoch, 1); break;
      case "S": out += num(tm.sec, 2); break;
      case "t": out += "\t"; break;
      case "T": out += str(strftime("%H:%M:%S", tm)); break;
      case "u": out += num(tm.wday === 0 ? 7 : tm.wday, 1); break;
      case "U": out += num(Math.floor((tm.yday + 7 - tm.wday) / 7), 2); break;
      case "V": out += num(isoWeek(tm)[0], 2); break;
      case "w": out += num(tm.wday, 1); break;
      case "W": out += num(Math.floor((tm.yday + 7 - ((tm.wday + 6) % 7)) / 7), 2); break;
      case "x": out += str(strftime("%m/%d/%y", tm)); break;
      case "X": out += str(strftime("%H:%M:%S", tm)); break;
      case "y": out += num(tm.year % 100, 2); break;
      case "Y": out += num(tm.year, 4); break;
      case "z": out += numericZone(tm.gmtoff ?? 0, colons); break;
      case "Z": out += str(tm.zone ?? "UTC"); break;
      case "%": out += "%"; break;
      default: out += "%" + flag + w + ":".repeat(colons) + conv;
    }
  }
  return out;
}

/** %z, %:z, %::z, %:::z: the offset as +hhmm, +hh:mm, +hh:mm:ss, or as short as it goes. */
function numericZone(off: number, colons: number): string {
  const sign = off < 0 ? "-" : "+";
  const a = Math.abs(off);
  const hh = String(Math.floor(a / 3600)).padStart(2, "0");
  const mm = String(Math.floor((a % 3600) / 60)).padStart(2, "0");
  const ss = String(a % 60).padStart(2, "0");
  if (colons === 0) return sign + hh + mm;
  if (colons === 1) return `${sign}${hh}:${mm}`;
  if (colons === 2) return `${sign}${hh}:${mm}:${ss}`;
  return sign + hh + (a % 3600 ? ":" + mm + (a % 60 ? ":" + ss : "") : "");
}
