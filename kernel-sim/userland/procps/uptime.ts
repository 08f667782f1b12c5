// uptime(1) from procps-ng 4.0: " 19:32:30 up 40 min,  0 user,  load average: 0.00, 0.00, 0.00",
// -p pretty, -s since. No utmp in the simulated host: the user count is 0.

import { program } from "../lib/main.ts";
import { readFileText } from "../lib/input.ts";
import { gmtime, strftime } from "../lib/time.ts";
import { CLOCK_REALTIME } from "../../uapi/clock.ts";
import { readUptime } from "./proc.ts";

export function uptimeText(up: number): string {
  const days = Math.floor(up / 86400);
  const hours = Math.floor((up % 86400) / 3600);
  const mins = Math.floor((up % 3600) / 60);
  let s = "";
  if (days > 0) s += `${days} day${days > 1 ? "s" : ""}, `;
  s += hours > 0 ? `${String(hours).padStart(2)}:${String(mins).padStart(2, "0")}` : `${mins} min`;
  return s;
}

export function prettyUptime(up: number): string {
  const parts: string[] = [];
  const w = Math.floor(up / 604800);
  const d = Math.floor((up % 604800) / 86400);
  const h = Math.floor((up % 86400) / 3600);
  const m = Math.floor((up % 3600) / 60);
  const add = (n: number, unit: string): void => {
    if (n > 0) parts.push(`${n} ${unit}${n > 1 ? "s" : ""}`);
  };
  add(w, "week");
  add(d, "day");
  add(h, "hour");
  add(m, "minute");
  return "up " + (parts.length ? parts.join(", ") : "0 minutes");
}

export default program(async (p) => {
  const a = p.argv[1];
  const sys = p.sys;
  const up = await readUptime(sys);
  const now = sys.clock_gettime(CLOCK_REALTIME);
  if (a === "-p" || a === "--pretty") {
    await p.out.write(prettyUptime(up) + "\n");
    return 0;
  }
  if (a === "-s" || a === "--since") {
    await p.out.write(strftime("%Y-%m-%d %H:%M:%S", gmtime(now - BigInt(Math.floor(up)) * 1_000_000_000n)) + "\n");
    return 0;
  }
  if (a === "-V" || a === "--version") {
    await p.out.write("uptime from procps-ng 4.0.2\n");
    return 0;
  }
  if (a !== undefined) {
    await p.err.write(`uptime: invalid option -- '${a.replace(/^-+/, "")}'\n\nUsage:\n uptime [options]\n`);
    return 1;
  }
  const load = (await readFileText(sys, "/proc/loadavg").catch(() => "0.00 0.00 0.00")).split(/\s+/);
  const users: number = 0;
  await p.out.write(
    ` ${strftime("%H:%M:%S", gmtime(now))} up ${uptimeText(up)},  ${users} ${users > 1 ? "users" : "user"},  load average: ${load[0]}, ${load[1]}, ${load[2]}\n`,
  );
  return 0;
});
