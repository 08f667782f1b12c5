// The zone names the simulated host knows, as POSIX TZ rules (the last line of each tzdata
// file, which gives today's rules): what date(1) uses for TZ=Asia/Shanghai or /etc/timezone.
// There is no /usr/share/zoneinfo on the disk image; this table stands in for it, so dates
// before a zone's current rules (US DST before 2007, China's DST of 1986-91) come out with
// today's rules. A name not listed is UTC under its own leading letters, as glibc does.

import { parseTzRule, UTC_RULE, type TzRule } from "../lib/tz.ts";

export const ZONES: Readonly<Record<string, string>> = {
  UTC: "UTC0", "Etc/UTC": "UTC0", "Etc/GMT": "GMT0", GMT: "GMT0", UCT: "UTC0", Zulu: "UTC0", "Etc/Universal": "UTC0",
  "Asia/Shanghai": "CST-8", PRC: "CST-8", "Asia/Chongqing": "CST-8", "Asia/Hong_Kong": "HKT-8", "Asia/Taipei": "CST-8",
  "Asia/Tokyo": "JST-9", "Asia/Seoul": "KST-9", "Asia/Singapore": "<+08>-8", "Asia/Kolkata": "IST-5:30", "Asia/Calcutta": "IST-5:30",
  "Asia/Dubai": "<+04>-4", "Asia/Jakarta": "WIB-7", "Asia/Bangkok": "<+07>-7",
  "America/New_York": "EST5EDT,M3.2.0,M11.1.0", "US/Eastern": "EST5EDT,M3.2.0,M11.1.0", EST5EDT: "EST5EDT,M3.2.0,M11.1.0",
  "America/Chicago": "CST6CDT,M3.2.0,M11.1.0", "US/Central": "CST6CDT,M3.2.0,M11.1.0",
  "America/Denver": "MST7MDT,M3.2.0,M11.1.0", "America/Phoenix": "MST7",
  "America/Los_Angeles": "PST8PDT,M3.2.0,M11.1.0", "US/Pacific": "PST8PDT,M3.2.0,M11.1.0",
  "America/Sao_Paulo": "<-03>3", "America/Toronto": "EST5EDT,M3.2.0,M11.1.0",
  "Europe/London": "GMT0BST,M3.5.0/1,M10.5.0", "Europe/Dublin": "IST-1GMT0,M10.5.0,M3.5.0/1",
  "Europe/Berlin": "CET-1CEST,M3.5.0,M10.5.0/3", "Europe/Paris": "CET-1CEST,M3.5.0,M10.5.0/3",
  "Europe/Amsterdam": "CET-1CEST,M3.5.0,M10.5.0/3", "Europe/Madrid": "CET-1CEST,M3.5.0,M10.5.0/3",
  "Europe/Rome": "CET-1CEST,M3.5.0,M10.5.0/3", "Europe/Zurich": "CET-1CEST,M3.5.0,M10.5.0/3",
  "Europe/Moscow": "MSK-3", "Europe/Kiev": "EET-2EEST,M3.5.0/3,M10.5.0/4", "Europe/Athens": "EET-2EEST,M3.5.0/3,M10.5.0/4",
  "Australia/Sydney": "AEST-10AEDT,M10.1.0,M4.1.0/3", "Pacific/Auckland": "NZST-12NZDT,M9.5.0,M4.1.0/3",
  "Africa/Cairo": "EET-2EEST,M4.5.5/0,M10.5.4/24", "Africa/Johannesburg": "SAST-2",
};

/**
 * The rule of a TZ value: "" or unset-with-no-/etc/timezone is UTC; ":NAME" or "NAME" a zone
 * of the table; else a POSIX rule; else (an unknown name) UTC named by its leading letters.
 */
export function tzRule(tz: string | undefined): TzRule {
  if (tz === undefined || tz === "") return UTC_RULE;
  const name = tz.startsWith(":") ? tz.slice(1) : tz;
  const known = ZONES[name];
  if (known) return parseTzRule(known)!;
  const posix = parseTzRule(name);
  if (posix) return posix;
  const abbr = /^[A-Za-z]*/.exec(name)![0];
  return { ...UTC_RULE, stdName: abbr.length >= 3 ? abbr : "UTC" };
}
