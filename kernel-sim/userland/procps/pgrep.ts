// pgrep(1) and pkill(1) from procps-ng 4.0: select processes by an ERE over the name (or the
// command line with -f) and by -u -U -G -P -s -g -t -n -o -x -v; pgrep lists (-l -a -c -d),
// pkill signals (-SIG, --signal SIG). Exit 0 if something matched, 1 if not, 2 on syntax error.

import { program, errmsg } from "../lib/main.ts";
import { UserDb } from "../lib/pwd.ts";
import { compilePosix, RegexError } from "../lib/regex.ts";
import { basenameOf } from "../lib/main.ts";
import type { ProcInfo } from "./proc.ts";
import { readAllProcs, ttyName } from "./proc.ts";
import { procpsSignal } from "./kill.ts";
import { SIGTERM } from "../../uapi/signal.ts";
import { PGREP_OPTIONS, PKILL_OPTIONS } from "./pgrep_usage.ts";

export default program(async (p) => {
  const isKill = basenameOf(p.name) === "pkill";
  const args = p.argv.slice(1);
  let sig = SIGTERM;
  let full = false, exact = false, invert = false, newest = false, oldest = false, list = false, listFull = false, count = false, icase = false, echo = false;
  let delim = "\n";
  const users: string[] = [], ruids: string[] = [], groups: string[] = [], parents: number[] = [], sessions: number[] = [], pgroups: number[] = [], ttys: string[] = [];
  let pattern: string | null = null;
  const usage = async (msg?: string): Promise<number> => {
    if (msg) await p.err.write(`${p.name}: ${msg}\n`);
    await p.err.write(`\nUsage:\n ${basenameOf(p.name)} [options] <pattern>\n\n${isKill ? PKILL_OPTIONS : PGREP_OPTIONS}`);
    return 2;
  };
  // pgrep.c's "Try `%s --help' for more information." for a command line without criteria.
  const tryHelp = async (msg: string): Promise<number> => {
    await p.err.write(`${p.name}: ${msg}\nTry \`${basenameOf(p.name)} --help' for more information.\n`);
    return 2;
  };
  const list2 = (s: string | undefined): string[] => (s ?? "").split(",").filter(Boolean);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const val = (): string | undefined => args[++i];
    if (isKill && /^-[A-Z0-9]/.test(a) && procpsSignal(a.slice(1)) > 0 && !/^-[uUGPsgtdn]$/.test(a)) {
      sig = procpsSignal(a.slice(1));
      continue;
    }
    if (a === "--signal") {
      sig = procpsSignal(val() ?? "");
      continue;
    }
    if (a.startsWith("--")) {
      if (a === "--full") full = true;
      else if (a === "--exact") exact = true;
      else if (a === "--newest") newest = true;
      else if (a === "--oldest") oldest = true;
      else if (a === "--count") count = true;
      else if (a === "--list-name") list = true;
      else if (a === "--list-full") listFull = true;
      else if (a === "--inverse") invert = true;
      else if (a === "--ignore-case") icase = true;
      else if (a === "--echo") echo = true;
      else if (a === "--version") {
        await p.out.write(`${basenameOf(p.name)} from procps-ng 4.0.2\n`);
        return 0;
      } else return usage(`unrecognized option '${a}'`);
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const rest = (): string | undefined => (j + 1 < a.length ? a.slice(j + 1) : val());
        let took = false;
        switch (c) {
          case "f": full = true; break;
          case "x": exact = true; break;
          case "v": invert = true; break;
          case "n": newest = true; break;
          case "o": oldest = true; break;
          case "l": list = true; break;
          case "a": listFull = true; break;
          case "c": count = true; break;
          case "i": icase = true; break;
          case "e": echo = true; break;
          case "d": delim = rest() ?? "\n"; took = true; break;
          case "u": users.push(...list2(rest())); took = true; break;
          case "U": ruids.push(...list2(rest())); took = true; break;
          case "G": groups.push(...list2(rest())); took = true; break;
          case "P": parents.push(...list2(rest()).map(Number)); took = true; break;
          case "s": sessions.push(...list2(rest()).map(Number)); took = true; break;
          case "g": pgroups.push(...list2(rest()).map(Number)); took = true; break;
          case "t": ttys.push(...list2(rest())); took = true; break;
          case "V":
            await p.out.write(`${basenameOf(p.name)} from procps-ng 4.0.2\n`);
            return 0;
          default: return usage(`invalid option -- '${c}'`);
        }
        if (took) break;
      }
      continue;
    }
    if (pattern !== null) return tryHelp("only one pattern can be provided");
    pattern = a;
  }
  const hasCriteria = users.length || ruids.length || groups.length || parents.length || sessions.length || pgroups.length || ttys.length;
  if (pattern === null && !hasCriteria) return tryHelp("no matching criteria specified");
  let re: RegExp | null = null;
  if (pattern !== null) {
    try {
      const src = compilePosix(pattern, true).source;
      re = new RegExp(exact ? `^(?:${src})$` : src, icase ? "i" : "");
    } catch (e) {
      if (e instanceof RegexError) return usage(`cannot compile regular expression '${pattern}'`);
      throw e;
    }
  }
  const db = await new UserDb(p.sys).load();
  const uidOf = (s: string): number => (/^[0-9]+$/.test(s) ? Number(s) : db.byName(s)?.uid ?? -2);
  for (const u of [...users, ...ruids]) {
    if (uidOf(u) === -2) {
      await p.err.write(`${p.name}: invalid user name: ${u}\n`);
      return 2;
    }
  }
  const gidOf = (s: string): number => (/^[0-9]+$/.test(s) ? Number(s) : db.groupByName(s)?.gid ?? -2);
  const me = p.sys.getpid();
  const all = await readAllProcs(p.sys);
  let hits = all.filter((x: ProcInfo) => {
    if (x.pid === me) return false;
    let ok = true;
    if (re) ok = re.test(full && x.cmdline.length ? x.cmdline.join(" ") : x.comm);
    if (ok && users.length) ok = users.some((u) => uidOf(u) === x.euid);
    if (ok && ruids.length) ok = ruids.some((u) => uidOf(u) === x.ruid);
    if (ok && groups.length) ok = groups.some((g) => gidOf(g) === x.rgid);
    if (ok && parents.length) ok = parents.includes(x.ppid);
    if (ok && sessions.length) ok = sessions.includes(x.session);
    if (ok && pgroups.length) ok = pgroups.includes(x.pgrp);
    if (ok && ttys.length) ok = ttys.some((t) => t.replace(/^\/dev\//, "") === ttyName(x.ttyNr));
    return ok !== invert;
  });
  if (newest && hits.length) hits = [hits.reduce((a, b) => (b.startTime >= a.startTime ? b : a))];
  if (oldest && hits.length) hits = [hits.reduce((a, b) => (b.startTime < a.startTime ? b : a))];
  if (isKill) {
    let ok = 0;
    for (const x of hits) {
      try {
        p.sys.kill(x.pid, sig);
        ok++;
        if (echo) await p.out.write(`${x.comm} killed (pid ${x.pid})\n`);
      } catch (e) {
        await p.err.write(`pkill: killing pid ${x.pid} failed: ${errmsg(e)}\n`);
      }
    }
    if (count) await p.out.write(`${ok}\n`);
    return hits.length ? 0 : 1;
  }
  if (count) {
    await p.out.write(`${hits.length}\n`);
    return hits.length ? 0 : 1;
  }
  const items = hits.map((x) => (listFull ? `${x.pid} ${x.cmdline.length ? x.cmdline.join(" ") : x.comm}` : list ? `${x.pid} ${x.comm}` : String(x.pid)));
  if (items.length) await p.out.write(items.join(delim) + "\n");
  return hits.length ? 0 : 1;
});
