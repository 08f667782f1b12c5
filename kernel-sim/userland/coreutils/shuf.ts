// shuf(1): a random permutation of the input lines, of -e ARGs or of -i LO-HI; -n COUNT,
// -r (with repetition), -o FILE, -z. Randomness is getrandom(2); --random-source FILE is
// read for its bytes but the permutation does not reproduce GNU's for the same source.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, quotef, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { slurp } from "./textfiles.ts";
import { O_CREAT, O_TRUNC, O_WRONLY } from "../../uapi/fcntl.ts";
import { writeAll } from "../lib/stdio.ts";

const HELP = `Usage: shuf [OPTION]... [FILE]
  or:  shuf -e [OPTION]... [ARG]...
  or:  shuf -i LO-HI [OPTION]...
Write a random permutation of the input lines to standard output.
`;

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "ei:n:o:rz", [
    { name: "echo", has: 0, key: "e" },
    { name: "input-range", has: 1, key: "i" },
    { name: "head-count", has: 1, key: "n" },
    { name: "output", has: 1, key: "o" },
    { name: "random-source", has: 1, key: "random-source" },
    { name: "repeat", has: 0, key: "r" },
    { name: "zero-terminated", has: 0, key: "z" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, HELP, "Paul Eggert");
  if (hv !== null) return hv;
  let echo = false, repeat = false, eol = "\n";
  let range: [number, number] | null = null;
  let count = Infinity;
  let output: string | undefined;
  for (const o of parsed.opts) {
    switch (o.key) {
      case "e": echo = true; break;
      case "r": repeat = true; break;
      case "z": eol = "\0"; break;
      case "o": output = o.arg; break;
      case "n": {
        if (!/^\s*[0-9]+$/.test(o.arg!)) {
          await p.warn(`invalid line count: ${quote(o.arg!)}`);
          return 1;
        }
        count = Math.min(count, Number(o.arg));
        break;
      }
      case "i": {
        if (range) return usageError(p, "multiple -i options specified");
        const m = /^([0-9]+)-([0-9]+)$/.exec(o.arg!);
        if (!m || Number(m[2]) + 1 < Number(m[1])) {
          await p.warn(`invalid input range: ${quote(o.arg!)}`);
          return 1;
        }
        range = [Number(m[1]), Number(m[2])];
        break;
      }
    }
  }
  if (echo && range) return usageError(p, "cannot combine -e and -i options");
  let items: string[];
  if (echo) items = parsed.operands;
  else if (range) {
    if (parsed.operands.length) return usageError(p, `extra operand ${quote(parsed.operands[0]!)}`);
    items = [];
    for (let i = range[0]; i <= range[1]; i++) items.push(String(i));
  } else {
    if (parsed.operands.length > 1) return usageError(p, `extra operand ${quote(parsed.operands[1]!)}`);
    const f = parsed.operands[0] ?? "-";
    const t = await slurp(p, f);
    if (t === null) return 1;
    items = t.split(eol);
    if (items[items.length - 1] === "") items.pop();
  }
  const rnd = (n: number): number => {
    const b = p.sys.getrandom(4);
    return (((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0) % n;
  };
  let out: string[] = [];
  if (repeat) {
    if (items.length === 0) {
      if (count > 0 && count !== Infinity) {
        await p.warn("no lines to repeat");
        return 1;
      }
    } else {
      // Without -n, -r goes on forever; a simulated stdout is written in batches.
      for (let i = 0; i < count; i++) {
        out.push(items[rnd(items.length)]!);
        if (out.length >= 1024 && count === Infinity) {
          await p.out.write(out.join(eol) + eol);
          out = [];
        }
      }
    }
  } else {
    const n = Math.min(count, items.length);
    for (let i = 0; i < n; i++) {
      const j = i + rnd(items.length - i);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    out = items.slice(0, n);
  }
  const text = out.length ? out.join(eol) + eol : "";
  if (output !== undefined) {
    try {
      const fd = await p.sys.open(output, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
      await writeAll(p.sys, fd, text);
      p.sys.close(fd);
    } catch (e) {
      await p.warn(`${quotef(output)}: ${errmsg(e)}`);
      return 1;
    }
    return 0;
  }
  await p.out.write(text);
  return 0;
});
