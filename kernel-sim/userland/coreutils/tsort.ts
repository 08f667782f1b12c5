// tsort(1): topological sort of the pairs of words in the input, in GNU's order: Knuth's
// algorithm T over the words kept sorted (a tree walked in order), zeros queued in that
// order. On a cycle it names its members on stderr ("input contains a loop:"), breaks one
// relation and goes on, exiting 1 - a port of tsort.c's detect_loop.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, quotef } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { slurp } from "./textfiles.ts";

interface Item {
  str: string | null;
  count: number;
  /** Successors, newest first (record_relation pushes at the front). */
  top: Item[];
  qlink: Item | null;
}

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "", STD_LONGOPTS);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: tsort [OPTION] [FILE]\nWrite totally ordered list consistent with the partial ordering in FILE.\n", "Mark Kettenis");
  if (hv !== null) return hv;
  if (parsed.operands.length > 1) return usageError(p, `extra operand ${quote(parsed.operands[1]!)}`);
  const file = parsed.operands[0] ?? "-";
  const text = await slurp(p, file);
  if (text === null) return 1;
  const items = new Map<string, Item>();
  const get = (s: string): Item => {
    let it = items.get(s);
    if (!it) items.set(s, (it = { str: s, count: 0, top: [], qlink: null }));
    return it;
  };
  const words = text.split(/[ \t\n]+/).filter(Boolean);
  if (words.length % 2) {
    await p.warn(`${quotef(file)}: input contains an odd number of tokens`);
    return 1;
  }
  for (let i = 0; i < words.length; i += 2) {
    const j = get(words[i]!);
    const k = get(words[i + 1]!);
    if (j !== k) {
      k.count++;
      j.top.unshift(k);
    }
  }
  const sorted = [...items.values()].sort((a, b) => (a.str! < b.str! ? -1 : a.str! > b.str! ? 1 : 0));
  let n = sorted.length;
  let status = 0;
  let out = "";
  let loop: Item | null = null;
  /** One step of detect_loop over an item; true stops the walk. */
  const detect = (k: Item, msgs: string[]): boolean => {
    if (k.count <= 0) return false;
    if (loop === null) {
      loop = k;
      return false;
    }
    for (let i = 0; i < k.top.length; i++) {
      if (k.top[i] !== loop) continue;
      if (k.qlink) {
        while (loop) {
          const tmp: Item | null = loop.qlink;
          msgs.push(loop.str!);
          if (loop === k) {
            k.top[i]!.count--;
            k.top.splice(i, 1);
            break;
          }
          loop.qlink = null;
          loop = tmp;
        }
        while (loop) {
          const tmp: Item | null = loop.qlink;
          loop.qlink = null;
          loop = tmp;
        }
        return true;
      }
      k.qlink = loop;
      loop = k;
      break;
    }
    return false;
  };
  while (n > 0) {
    let head: Item | null = null;
    let zeros: Item | null = null;
    for (const k of sorted) {
      if (k.count === 0 && k.str !== null) {
        if (head === null) head = k;
        else zeros!.qlink = k;
        zeros = k;
      }
    }
    while (head) {
      out += head.str + "\n";
      head.str = null;
      n--;
      for (const s of head.top) {
        if (--s.count === 0) {
          zeros!.qlink = s;
          zeros = s;
        }
      }
      head = head.qlink;
    }
    if (n > 0) {
      const msgs: string[] = [];
      do {
        for (const k of sorted) if (detect(k, msgs)) break;
      } while (loop);
      await p.out.write(out);
      out = "";
      await p.warn(`${quotef(file)}: input contains a loop:`);
      for (const m of msgs) await p.warn(m);
      status = 1;
    }
  }
  await p.out.write(out);
  return status;
});
